"""Countries, continents, US states, large cities and publishers' cities: the places that prose
dates in brackets ("data from Germany (2010)", "the Olympics in Beijing (2008)"), which the
citation scanner would otherwise read as authors the list leaves out (a false
missing-reference each), and the place of a book's imprint.
A listed author of the same name ("Berlin, I. (1969)") is still cited: the scanner only asks
about names the list does not have.
"""

from __future__ import annotations

from refcheck.textnorm import fold

_COUNTRIES = """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana
Brazil Brunei Bulgaria Burkina Burundi Cambodia Cameroon Canada Chile China Colombia Comoros
Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia
Eswatini Ethiopia Fiji Finland France Gabon Gambia Germany Ghana Greece Grenada Guatemala Guinea
Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Italy Jamaica Japan
Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia
Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta
Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique
Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau
Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa
Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden
Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Türkiye
Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia
Zimbabwe Britain England Scotland Wales Catalonia Flanders Bavaria Siberia Tibet Xinjiang Kashmir
Greenland Antarctica Arctic Africa Asia Europe America Americas Oceania Eurasia Scandinavia
Balkans Caribbean Mediterranean Sahel
Deutschland Frankreich Österreich Schweiz Italien Spanien Russland Europa Afrika Asien Amerika
Allemagne Angleterre Espagne Italie Suisse Autriche Belgique Russie Chine Japon Brésil Mexique
Alemania Francia Inglaterra España Italia Suiza Rusia Brasil México Argentina Perú Colômbia
Alemanha França Espanha Itália Rússia Japão Portugal Moçambique
"""
_STATES = """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming Ontario Quebec Alberta Manitoba
Saskatchewan Queensland Tasmania Bengal Punjab Kerala Gujarat Maharashtra Guangdong
Sichuan Yunnan Hokkaido Okinawa Lombardy Tuscany Andalusia Galicia Brittany Normandy Provence
"""
_CITIES = """
Amsterdam Athens Bangkok Barcelona Beijing Beirut Berlin Bogotá Bogota Boston Brussels
Bucharest Budapest Cairo Chicago Copenhagen Dakar Delhi Dhaka Dubai Dublin Edinburgh Geneva
Glasgow Hamburg Hanoi Havana Helsinki Istanbul Jakarta Jerusalem Johannesburg Kabul Karachi
Kathmandu Kiev Kyiv Kinshasa Kolkata Lagos Lisbon London Madrid Manchester Manila
Marseille Melbourne Milan Montreal Moscow Mumbai Munich Nairobi Naples Osaka Oslo Ottawa Paris
Prague Pyongyang Rio Riyadh Rome Seattle Seoul Shanghai Singapore Stockholm Sydney Taipei
Tehran Tokyo Toronto Vancouver Venice Vienna Warsaw Wuhan Zurich Fukushima Chernobyl Hiroshima
Nagasaki Kyoto Davos Doha Bali Glasgow Katowice Marrakech Cancún Cancun Bonn
Cambridge Oxford Leipzig Stuttgart Frankfurt Heidelberg Princeton Baltimore Philadelphia Ithaca
Bruxelles Montréal Genève Milano Torino Roma Firenze Bologna München Wien Köln Zürich Lausanne
Leiden Utrecht Göteborg Uppsala Lisboa Coimbra Sevilla Toulouse Bordeaux Strasbourg Grenoble
Nantes Rennes Lille
Cham Dordrecht Hoboken Weinheim Chichester Basingstoke Basel Sebastopol Piscataway
"""

# places of two or more words, one per line
_NAMES = """
United States
United Kingdom
New Zealand
South Africa
Saudi Arabia
Sri Lanka
Costa Rica
El Salvador
Sierra Leone
Puerto Rico
Papua New Guinea
North Korea
South Korea
Czech Republic
Dominican Republic
Burkina Faso
Ivory Coast
Hong Kong
Northern Ireland
Latin America
North America
South America
Middle East
Southeast Asia
Sub-Saharan Africa
West Africa
East Africa
New York
New Jersey
New Mexico
New Hampshire
North Carolina
South Carolina
North Dakota
South Dakota
West Virginia
Rhode Island
British Columbia
Nova Scotia
New South Wales
Western Australia
South Australia
Los Angeles
San Francisco
San Diego
New Delhi
Buenos Aires
Mexico City
Cape Town
Rio de Janeiro
São Paulo
Sao Paulo
Tel Aviv
Abu Dhabi
Kuala Lumpur
New Haven
Ann Arbor
Boca Raton
Upper Saddle River
Englewood Cliffs
Thousand Oaks
Newbury Park
Beverly Hills
Menlo Park
Palo Alto
Cold Spring Harbor
Los Alamitos
Red Hook
"""

PLACES = frozenset(fold(word) for word in (_COUNTRIES + _STATES + _CITIES).split()) | frozenset(
    fold(name) for name in _NAMES.strip().splitlines()
)


def is_place_name(name: str) -> bool:
    """Whether ``name`` (as printed) is a country, region, state or large city."""
    return " ".join(fold(name).split()) in PLACES
