"""End to end: author-date manuscripts written in Spanish, Portuguese, French, Italian, German,
Russian, Chinese, Japanese and Korean, whose prose, joiners, particles and locators are not
English ones."""

from __future__ import annotations

import pytest

from refcheck.api import check_text

SPANISH = """Introducción

La literatura reciente es abundante (García y López, 2010; Pérez et al., 2015). Según Martínez y Sánchez (2012), la tendencia se mantiene. Otros autores coinciden (Rodríguez, 2018a, 2018b; cf. Fernández-Gómez, 2019, p. 23). En Brasil, Silva e Souza (2014) mostraron lo mismo, como también (Oliveira et al., 2016; Santos e Costa, 2017). De la Fuente (2011) y Van Dijk (2008) ofrecen otra visión. Véase también Ruiz Zafón (2001) y García y Lopes (2010).

Referencias

De la Fuente, A. (2011). Título del libro. Madrid: Alianza.
Fernández-Gómez, J. (2019). La comunicación política. Revista de Estudios, 12(3), 45-67.
García, M., y López, J. (2010). Análisis del discurso. Barcelona: Ariel.
Martínez, P., y Sánchez, R. (2012). Métodos cualitativos. Sevilla: Universidad de Sevilla.
Oliveira, A., Lima, B., y Rocha, C. (2016). Estudo de caso. Revista Brasileira, 5(1), 1-20.
Pérez, L., Gómez, M., y Díaz, N. (2015). Redes sociales. Comunicar, 23(45), 10-20.
Rodríguez, A. (2018a). Primer trabajo. Madrid: Síntesis.
Rodríguez, A. (2018b). Segundo trabajo. Madrid: Síntesis.
Ruiz Zafón, C. (2001). La sombra del viento. Barcelona: Planeta.
Santos, F., e Costa, G. (2017). Educação. São Paulo: Cortez.
Silva, H., e Souza, I. (2014). Pesquisa. Rio de Janeiro: Vozes.
Van Dijk, T. A. (2008). Discurso y poder. Barcelona: Gedisa.
"""

FRENCH = """Les sociétés rurales

La question des structures agraires a été posée très tôt (Bloch, 1931 ; Duby, 1962). Selon Le Goff (1964, p. 45), la civilisation médiévale se définit par ses rythmes. D'autres, à la suite de Bourdieu (1980), insistent sur le capital social. Le Roy Ladurie (1975) a montré le village occitan de l'intérieur. On consultera les travaux de Toubert (1988, p. 60-62) et de Fossier (1982, t. 1, p. 12). Cf. aussi (Weber 1920: 45; vgl. Brunner 1965, S. 12) et Secondo De Felice (1965).

Bibliographie

Bloch M., 1931, Les caractères originaux de l'histoire rurale française, Oslo, Aschehoug.
Bourdieu P., 1980, Le sens pratique, Paris, Minuit.
Brunner O., 1965, Land und Herrschaft, 5. Aufl., Wien, Rohrer.
De Felice R., 1965, Mussolini il rivoluzionario, Torino, Einaudi.
Duby G., 1962, L'économie rurale et la vie des campagnes dans l'Occident médiéval, Paris, Aubier.
Fossier R., 1982, Enfance de l'Europe, Xe-XIIe siècles, Paris, PUF.
Le Goff J., 1964, La civilisation de l'Occident médiéval, Paris, Arthaud.
Le Roy Ladurie E., 1975, Montaillou, village occitan de 1294 à 1324, Paris, Gallimard.
Toubert P., 1988, « La part du grand domaine dans le décollage économique de l'Occident », Flaran, 10, p. 53-86.
Violante C., 1953, La società milanese nell'età precomunale, Bari, Laterza.
Weber M., 1920, Die protestantische Ethik und der Geist des Kapitalismus, Tübingen, Mohr.
"""


def _linked(text: str) -> list[tuple[str, tuple[tuple[str, ...], str]]]:
    """Each citation as printed, with the entries it links to and how."""
    report = check_text(text, path="paper.txt")
    links = {link.citation_id: (link.reference_ids, link.status) for link in report.links}
    return [(c.text, links[c.id]) for c in report.citations]


def _findings(text: str) -> list[tuple[str, str]]:
    report = check_text(text, path="paper.txt")
    return [(f.rule, f.message) for f in report.findings]


def test_spanish_and_portuguese_joiners_and_compound_families() -> None:
    """ "García y López", "Silva e Souza" cite two authors, "Ruiz Zafón" and "De la Fuente" one;
    only the misspelt "Lopes" is a finding."""
    report = check_text(SPANISH, path="paper.txt")
    assert [(c.text, c.authors) for c in report.citations if c.narrative][:3] == [
        ("Martínez y Sánchez (2012)", ("Martínez", "Sánchez")),
        ("Silva e Souza (2014)", ("Silva", "Souza")),
        ("De la Fuente (2011)", ("De la Fuente",)),
    ]
    assert _findings(SPANISH) == [
        ("author-mismatch", "cited as 'García y Lopes' but the reference lists 'García y López'")
    ]


def test_french_prose_particles_prepositions_and_tomes() -> None:
    """ "Selon Le Goff", "de Toubert", "Le Roy Ladurie", "(Fossier 1982, t. 1, p. 12)": every
    citation links; only the entry no one cites is a finding."""
    report = check_text(FRENCH, path="paper.txt")
    links = report.links_by_citation()
    assert [(c.authors, links[c.id].status) for c in report.citations] == [
        (("Bloch",), "exact"),
        (("Duby",), "exact"),
        (("Le Goff",), "exact"),
        (("Bourdieu",), "exact"),
        (("Le Roy Ladurie",), "exact"),
        (("Toubert",), "exact"),
        (("Fossier",), "exact"),
        (("Weber",), "exact"),
        (("Brunner",), "exact"),
        (("De Felice",), "exact"),
    ]
    assert _findings(FRENCH) == [
        ("uncited-reference", "'Violante (1953)' is never cited"),
    ]


GERMAN = """Einleitung

Die Forschung hierzu ist umfangreich (Müller/Schmidt 2010; vgl. Meier u. a. 2005, S. 12 f.). Wie Weber (1922: 28) betont, ist Herrschaft legitimationsbedürftig. Luhmann und Habermas (1971) stritten darüber, ebenso Bourdieu (1979, 45 ff.). Siehe auch Beck/Beck-Gernsheim (1990) sowie von Trotha (1994). Nach Elias ([1939] 1997) entstand die Zivilisation langsam (Elias [1939] 1997, S. 3 ff.).

Literatur

Beck, Ulrich/Beck-Gernsheim, Elisabeth (1990): Das ganz normale Chaos der Liebe. Frankfurt am Main: Suhrkamp.
Bourdieu, Pierre (1979): Die feinen Unterschiede. Frankfurt am Main: Suhrkamp.
Elias, Norbert (1997): Über den Prozeß der Zivilisation. Frankfurt am Main: Suhrkamp.
Luhmann, Niklas/Habermas, Jürgen (1971): Theorie der Gesellschaft oder Sozialtechnologie? Frankfurt am Main: Suhrkamp.
Meier, Hans/Keller, Anna/Schulz, Peter (2005): Soziale Ungleichheit. In: Zeitschrift für Soziologie 34 (2), S. 1-20.
Müller, Klaus/Schmidt, Eva (2010): Methoden der Sozialforschung. Wiesbaden: VS Verlag.
von Trotha, Trutz (1994): Koloniale Herrschaft. Tübingen: Mohr.
Weber, Max (1922): Wirtschaft und Gesellschaft. Tübingen: Mohr.
"""


def test_german_slashes_original_years_and_following_pages() -> None:
    """ "Beck, Ulrich/Beck-Gernsheim, Elisabeth" names two authors; "Elias ([1939] 1997)" cites
    the 1997 edition; "45 ff." is a locator: a clean German paper has no finding (before: three
    author-count-mismatch warnings, two entries uncited, a year-mismatch)."""
    report = check_text(GERMAN, path="paper.txt")
    assert [len(r.authors) for r in report.references] == [2, 1, 1, 2, 3, 2, 1, 1]
    assert [(c.text, c.year) for c in report.citations if c.authors == ("Elias",)] == [
        ("Elias ([1939] 1997)", "1997"),
        ("Elias [1939] 1997, S. 3 ff.", "1997"),
    ]
    assert _findings(GERMAN) == []


RUSSIAN = """Введение

Проблема изучалась многими авторами [Иванов, 2010; Петров и др., 2015, с. 45]. Как отмечает Сидоров (2012), подход устарел. По мнению Смирнова и Кузнецова (2018), требуется пересмотр (см. также: Smith, 2019). Ранее об этом писал Лихачёв [1987, с. 12–14].

Список литературы

Иванов И. И. Теория систем. М.: Наука, 2010. 320 с.
Лихачёв Д. С. Избранные работы. Л.: Худож. лит., 1987. 496 с.
Петров П. П., Васильев В. В., Николаев Н. Н. Методы анализа // Вопросы философии. 2015. № 3. С. 40–52.
Сидоров С. С. Новый подход // Социологические исследования. 2012. Т. 5, № 2. С. 10–20.
Смирнов А. А., Кузнецов Б. Б. Системный анализ. СПб.: Питер, 2018. 256 с.
Smith J. Systems theory revisited // Journal of Systems. 2019. Vol. 12. P. 1–10.
"""


def test_russian_pages_in_square_brackets() -> None:
    """ "[Петров и др., 2015, с. 45]", "Лихачёв [1987, с. 12–14]": Russian "с." is a page (before:
    the narrative citation was not read and its entry reported uncited)."""
    report = check_text(RUSSIAN, path="paper.txt")
    assert [(c.text, c.locator) for c in report.citations if c.locator] == [
        ("Петров и др., 2015, с. 45", "с. 45"),
        ("Лихачёв [1987, с. 12–14]", "с. 12–14"),
    ]
    assert _findings(RUSSIAN) == []


DECLINED = """Введение

По мнению Иванова [2010] и Петровой [2012], вопрос открыт. Как показано Достоевским [2001], а также у Толстого [1999] и Шмидтом [2005], это так. Ср. Гайдая [2003]. Согласно Ивановой [2010], нет. Według Kowalskiego (2010) i Nowickiego (2012) też.

Список литературы

Гайдай Е. Т. Реформы. М.: Дело, 2003. 100 с.
Достоевский Ф. М. Бесы. М.: Наука, 2001. 320 с.
Иванов И. И. Городские исследования. М.: Наука, 2010. 320 с.
Kowalski J. Miasto. Warszawa: PWN, 2010.
Nowicki A. Wieś. Kraków: Znak, 2012.
Петрова А. А. Город. М.: Наука, 2012. 100 с.
Толстой Л. Н. Война и мир. М.: Наука, 1999. 900 с.
Шмидт О. Ю. Теория. М.: Наука, 2005. 200 с.
"""


def test_declined_surnames_in_russian_and_polish_prose() -> None:
    """Russian and Polish prose decline the surname it cites ("по мнению Иванова [2010]" for
    "Иванов И. И."; "według Kowalskiego (2010)"): before, each was an author-mismatch or a
    missing reference and its entry uncited. A feminine form for a masculine entry ("Ивановой"
    for "Иванов") names another person and stays a mismatch."""
    assert _linked(DECLINED) == [
        ("Иванова [2010]", (("r3",), "folded")),
        ("Петровой [2012]", (("r6",), "folded")),
        ("Достоевским [2001]", (("r2",), "folded")),
        ("Толстого [1999]", (("r7",), "folded")),
        ("Шмидтом [2005]", (("r8",), "folded")),
        ("Гайдая [2003]", (("r1",), "folded")),
        ("Ивановой [2010]", (("r3",), "fuzzy")),
        ("Kowalskiego (2010)", (("r4",), "folded")),
        ("Nowickiego (2012)", (("r5",), "folded")),
    ]
    assert _findings(DECLINED) == [
        ("author-mismatch", "cited as 'Ивановой' but the reference lists 'Иванов'")
    ]


PORTUGUESE = """Introdução

O tema foi amplamente discutido (SILVA, 2010; SOUZA; COSTA, 2014). Segundo Oliveira (2012, p. 45), a questão permanece aberta. Para Santos et al. (2016), há avanços; outros discordam (PEREIRA et al., 2018, p. 12-15). Conforme FREIRE (1996), a educação é prática da liberdade. Ver também (ALMEIDA; LIMA; ROCHA, 2019).

REFERÊNCIAS

ALMEIDA, A.; LIMA, B.; ROCHA, C. Educação e sociedade. São Paulo: Cortez, 2019.
FREIRE, P. Pedagogia da autonomia. São Paulo: Paz e Terra, 1996.
OLIVEIRA, M. Pesquisa social. Petrópolis: Vozes, 2012.
PEREIRA, A. et al. Saúde pública. Revista de Saúde, v. 10, n. 2, p. 10-20, 2018.
SANTOS, F. et al. Ensino. Rio de Janeiro: LTC, 2016.
SILVA, J. Metodologia. São Paulo: Atlas, 2010.
SOUZA, I.; COSTA, G. Didática. Campinas: Papirus, 2014.
"""


def test_abnt_authors_in_capitals_separated_by_semicolons() -> None:
    """ "(SOUZA; COSTA, 2014)" is one work by two authors (before: "COSTA, 2014" a missing
    reference and Souza's entry uncited)."""
    report = check_text(PORTUGUESE, path="paper.txt")
    assert [(c.text, c.authors) for c in report.citations if len(c.authors) > 1] == [
        ("SOUZA; COSTA, 2014", ("SOUZA", "COSTA")),
        ("ALMEIDA; LIMA; ROCHA, 2019", ("ALMEIDA", "LIMA", "ROCHA")),
    ]
    assert _findings(PORTUGUESE) == []


def test_names_in_capitals_each_with_a_year_stay_two_citations() -> None:
    """ "(SILVA, 2010; SOUZA, 2014)": two works, each with its year; "(SILVA; SOUZA)" with no
    year after them is no citation of anyone."""
    text = PORTUGUESE.replace("(SILVA, 2010; SOUZA; COSTA, 2014)", "(SILVA, 2010; SOUZA, 2014)")
    text = text.replace("Ver também (ALMEIDA; LIMA; ROCHA, 2019)", "Ver (ALMEIDA; LIMA)")
    report = check_text(text, path="paper.txt")
    assert [(c.text, c.authors) for c in report.citations][:2] == [
        ("SILVA, 2010", ("SILVA",)),
        ("SOUZA, 2014", ("SOUZA",)),
    ]
    assert not [c for c in report.citations if "ALMEIDA" in c.authors]


CHINESE = """引言

已有研究表明(张三等, 2018; 刘晓明, 2015)，该方法有效。王磊(2016)提出了容错机制。陈伟和赵强(2012)也有类似结论（LeCun et al., 2015）。

参考文献

陈伟, 赵强. 数据挖掘技术及其应用[C]//第十届全国数据库学术会议论文集. 上海: 复旦大学出版社, 2012: 120-125.
刘晓明. 中国经济发展研究[M]. 北京: 科学出版社, 2015.
王磊. 分布式系统的容错机制研究[D]. 北京: 清华大学, 2016.
张三, 李四, 王五. 基于深度学习的图像识别方法[J]. 计算机学报, 2018, 41(3): 45-58.
LECUN Y, BENGIO Y, HINTON G. Deep learning[J]. Nature, 2015, 521(7553): 436-444.
"""


def test_chinese_author_date_paper() -> None:
    """The "参考文献" heading, one entry per line though no name has a case, "等" for et al.,
    names before "(2016)" with no space: every citation links and nothing is reported (before:
    "no reference list found")."""
    report = check_text(CHINESE, path="paper.txt")
    assert len(report.references) == 5
    links = report.links_by_citation()
    assert [(c.text, links[c.id].reference_ids) for c in report.citations] == [
        ("张三等, 2018", ("r4",)),
        ("刘晓明, 2015", ("r2",)),
        ("王磊(2016)", ("r3",)),
        ("陈伟和赵强(2012)", ("r1",)),
        ("LeCun et al., 2015", ("r5",)),
    ]
    assert _findings(CHINESE) == []


JAPANESE = """日本語の論文

山田（2015）によれば、睡眠は記憶に影響する。先行研究（佐藤・鈴木, 2010；田中ほか, 2018）も同様である。高橋(2012)は反論した。Smith (2019) also agreed.

引用文献

佐藤花子・鈴木一郎 (2010). 睡眠と記憶の関係. 心理学研究, 81(2), 123-130.
高橋健 (2012). 記憶の再検討. 東京大学出版会.
田中太郎・伊藤次郎・渡辺三郎 (2018). 睡眠研究の展望. 認知科学, 25(1), 1-15.
山田太郎 (2015). 『睡眠の科学』. 岩波書店.
Smith, J. (2019). Sleep and memory. Nature, 1, 1-2.
"""


def test_japanese_author_date_paper() -> None:
    """ "引用文献", names joined by "・", "ほか" for et al., the family alone cited of a list that
    prints the whole name ("山田" of "山田太郎"), a publisher as Japanese names them (before:
    four entries never cited, four citations lost)."""
    report = check_text(JAPANESE, path="paper.txt")
    assert [(r.authors[0].family, r.title, r.publisher) for r in report.references[1:4:2]] == [
        ("高橋健", "記憶の再検討", "東京大学出版会"),
        ("山田太郎", "睡眠の科学", "岩波書店"),
    ]
    assert [p.family for p in report.references[2].authors] == ["田中太郎", "伊藤次郎", "渡辺三郎"]
    links = report.links_by_citation()
    assert [(c.text, links[c.id].reference_ids) for c in report.citations] == [
        ("山田（2015）", ("r4",)),
        ("佐藤・鈴木, 2010", ("r1",)),
        ("田中ほか, 2018", ("r3",)),
        ("高橋(2012)", ("r2",)),
        ("Smith (2019)", ("r5",)),
    ]
    assert _findings(JAPANESE) == []
    wrong = JAPANESE.replace("山田（2015）", "山田（2016）")
    assert _findings(wrong) == [
        ("year-mismatch", "cited with year 2016 but the reference has 2015")
    ]


KOREAN = """한국어 논문

김철수(2015)에 따르면 수면은 기억에 영향을 준다. 선행 연구(이영희, 박민수, 2010; 최지훈 외, 2018)도 같다.

참고문헌

김철수 (2015). 수면과 기억. 서울: 한국출판사.
이영희, 박민수 (2010). 수면 연구. 한국심리학회지, 29(2), 1-20.
최지훈, 정수진, 강민호 (2018). 기억 연구의 전망. 인지과학, 12(1), 5-15.
"""


def test_korean_author_date_paper() -> None:
    """Hangul names before "(2015)", joined by commas in brackets, "외" for et al. (before: the
    narrative citation was lost, the list's names being compared decomposed)."""
    report = check_text(KOREAN, path="paper.txt")
    links = report.links_by_citation()
    assert [(c.text, c.authors, links[c.id].reference_ids) for c in report.citations] == [
        ("김철수(2015)", ("김철수",), ("r1",)),
        ("이영희, 박민수, 2010", ("이영희", "박민수"), ("r2",)),
        ("최지훈 외, 2018", ("최지훈",), ("r3",)),
    ]
    assert _findings(KOREAN) == []


@pytest.mark.parametrize(
    "cited",
    [
        "Jansen e.a., 2010",  # Dutch
        "Jansen m.fl., 2010",  # Swedish, Danish, Norwegian
        "Jansen mfl., 2010",  # Norwegian
        "Jansen e coll., 2010",  # Italian
        "Jansen ym., 2010",  # Finnish
        "Jansen vd., 2010",  # Turkish
        "Jansen i in., 2010",  # Polish
        "Jansen a kol., 2010",  # Czech, Slovak
        "Jansen in sod., 2010",  # Slovenian
    ],
)
def test_et_al_in_other_languages(cited: str) -> None:
    """Each language's "et al." after a name: the citation was not read, its entry uncited."""
    text = (
        f"Intro\n\nAs shown ({cited}).\n\nReferences\n\n"
        "Jansen, A., Bakker, B., & de Vries, C. (2010). Titel. Tijdschrift, 1, 1–2.\n"
    )
    report = check_text(text, path="paper.txt")
    assert [(c.text, c.et_al, c.authors) for c in report.citations] == [(cited, True, ("Jansen",))]
    assert report.findings == ()


@pytest.mark.parametrize(
    ("cited", "joined"),
    [
        ("(Jansen en Bakker, 2010)", "Jansen en Bakker, 2010"),  # Dutch
        ("Jansen en Bakker (2010)", "Jansen en Bakker (2010)"),
        ("(Jansen och Bakker, 2010)", "Jansen och Bakker, 2010"),  # Swedish
        ("Jansen og Bakker (2010)", "Jansen og Bakker (2010)"),  # Danish, Norwegian
        ("(Jansen i Bakker, 2010)", "Jansen i Bakker, 2010"),  # Polish, Croatian
        ("(Jansen a Bakker, 2010)", "Jansen a Bakker, 2010"),  # Czech, Slovak
        ("Jansen ve Bakker (2010)", "Jansen ve Bakker (2010)"),  # Turkish
        ("Jansen ja Bakker (2010)", "Jansen ja Bakker (2010)"),  # Finnish
        ("(Jansen és Bakker, 2010)", "Jansen és Bakker, 2010"),  # Hungarian
        ("Jansen și Bakker (2010)", "Jansen și Bakker (2010)"),  # Romanian
    ],
)
def test_two_authors_joined_in_other_languages(cited: str, joined: str) -> None:
    """Each language's "and" between two names: only the second name was read (a missing
    reference, its entry uncited)."""
    text = (
        f"Intro\n\nAs shown {cited}.\n\nReferences\n\n"
        "Jansen, A., & Bakker, B. (2010). Titel. Tijdschrift, 1, 1–2.\n"
    )
    report = check_text(text, path="paper.txt")
    assert [(c.text, c.authors) for c in report.citations] == [(joined, ("Jansen", "Bakker"))]
    assert report.findings == ()


GENITIVE = """Einleitung

Webers (1922) Begriff und Luhmanns (1984) Theorie prägen das Feld; laut Müller (2010) und nach Schmidts (2012, S. 4) Analyse ebenso. Anders (Webers, 1922).

Literatur

Luhmann, N. (1984). Soziale Systeme. Frankfurt: Suhrkamp.
Müller, H. (2010). Titel. Berlin: Springer.
Schmidt, A. (2012). Titel. Berlin: Springer.
Weber, M. (1922). Wirtschaft und Gesellschaft. Tübingen: Mohr.
"""


def test_german_genitive_before_a_narrative_year() -> None:
    """ "Webers (1922) Begriff": German (Dutch, Scandinavian) prose cites a name in the genitive,
    an "s" without apostrophe; before, an author-mismatch, and "Begriff und Luhmanns (1984)" (a
    capitalised noun before it) a missing reference. In brackets "Webers" is no genitive."""
    assert _linked(GENITIVE) == [
        ("Webers (1922)", (("r4",), "folded")),
        ("Begriff und Luhmanns (1984)", (("r1",), "folded")),
        ("Müller (2010)", (("r2",), "exact")),
        ("Schmidts (2012, S. 4)", (("r3",), "folded")),
        ("Webers, 1922", (("r4",), "fuzzy")),
    ]
    assert _findings(GENITIVE) == [
        ("author-mismatch", "cited as 'Webers' but the reference lists 'Weber'")
    ]
