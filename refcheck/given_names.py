"""Common given names, to tell the order of full names that no comma or initial orders.

"Frank Wood, Jan Gasthaus" (given first, as Chicago writes later names) and "Smith John, Doe
Jane" (family first, as Vancouver-like lists write them with full given names) have the same
shape; only knowing that "Frank" and "Jane" are given names tells them apart. The list holds
frequent given names of the languages most references are written in; a name it lacks leaves
the order to the default (given first). East Asian given names are too many to list, but their
family names are few: "Wang Xiaoming, Li Hua" is family first because "Wang" and "Li" are
family names, "Xiaoming Wang" given first.
"""

from __future__ import annotations

from collections.abc import Sequence

from refcheck.textnorm import fold

GIVEN_NAMES = frozenset(
    """
    aaron adam adrian alan albert alberto alejandro alessandro alex alexander alexandre alexis
    alfred ali alice alicia alison amanda amy ana andrea andreas andrew andrés angela anna anne
    annie anthony antoine antonio arthur barbara ben benjamin bernard bert bill brian bruce bruno
    carl carla carlos carmen caroline carol catherine cecilia charles charlotte chris christian
    christina christine christopher claire claudia claudio colin craig cristina daniel daniela
    david deborah dennis diana diane diego dominique donald douglas edward elena elisabeth
    elizabeth ellen emily emma enrico eric erik erika eva fabio felix fernando florian frances
    francesca francesco francis francisco françois frank franz fred frederick gabriel gabriele
    gary george georg gerhard giovanni giuseppe grace gregory guillaume günter hans harold harry
    heather heinz helen helena henri henry hermann hugo ian irene isabel isabelle jacob jacques
    james jan jane janet jason javier jean jeffrey jennifer jens jeremy jessica joan joanna joe
    johann johannes john jonathan jordi jorge josé joseph juan judith julia julian julie jürgen
    karen karin karl kate katherine kathryn kelly kenneth kevin klaus larry laura laurent lawrence
    leonardo linda lisa louis louise lucas lucia luis luisa lukas manuel marc marco marcus
    margaret maria marie marina mario mark markus martin mary matthew matthias maurice max
    melissa michael michel michele michelle miguel monica nancy natalie nicholas nicola nicolas
    olivier oliver pablo pamela paolo pascal patricia patrick paul paula pedro peter philip
    philippe pierre rachel rafael ralph raymond rebecca richard robert roberto roger ronald rosa
    ruth ryan sabine samuel sandra sara sarah scott sebastian sergio simon sophie stefan stefano
    stephanie stephen steven susan susanne sylvie teresa thomas timothy tom ulrich victor
    vincent virginia walter werner william wolfgang yves
    birgit dieter heike helmut helmuth jutta monika nina petra renate ulrike ursula
    bernd dirk gisela horst ingrid jörg manfred rainer sigrid ulf uwe volker
    """.split()
)

# Frequent Chinese (pinyin), Korean, Vietnamese and Japanese family names, leaving out those
# that are also English words or given names ("Long", "Song", "Lee", "Kim", "Mo")
FAMILY_NAMES = frozenset(
    """
    bai cai cao chen cheng cui dai deng ding dong du duan fan fang feng fu gao gong gu guo han
    hao hou hu huang jia jiang jin kong lei li liang liao lin liu lu luo lü ma mao meng pan
    peng qian qin qiu ren shao shen shi su sun tan tang tao tian wan wang wei wu xia xiang xiao
    xie xiong xu xue yan yang yao ye yin yu yuan zeng zhang zhao zheng zhong zhou zhu zou
    ahn baek bae cho choi heo hwang jang jeon jung kang kwon lim nam seo shin yoo
    yoon bui dang duong hoang ngo nguyen pham phan tran vu
    abe aoki endo fujii fujita fukuda goto hasegawa hashimoto hayashi ikeda inoue ishii
    ishikawa ito kato kimura kobayashi kondo maeda matsuda matsumoto miura mori murakami
    nakagawa nakajima nakamura nishimura ogawa okada okamoto saito sakamoto sasaki sato
    shimizu suzuki takahashi tanaka watanabe yamada yamaguchi yamamoto yamashita yamazaki
    yoshida
    """.split()
)


def family_first(runs: Sequence[Sequence[str]]) -> bool:
    """Whether full names without commas or initials are written family first: the given names
    this list knows stand last, or its family names first, in more of them than the other way
    ("Smith John, Doe Jane", "Wang Xiaoming, Li Hua")."""
    last = sum(1 for words in runs if len(words) > 1 and _family_then_given(words))
    first = sum(1 for words in runs if len(words) > 1 and _family_then_given(words[::-1]))
    return last > first


def _family_then_given(words: Sequence[str]) -> bool:
    return fold(words[-1]) in GIVEN_NAMES or fold(words[0]) in FAMILY_NAMES


def given_first(words: Sequence[str]) -> bool:
    """Whether one full name is written given name first: "Jason Epstein" (a given name known,
    then a word that is none), not "Laruelle Marlene" nor "Martin Paul", which stay family
    first as the lists of "Family G." styles write them."""
    if len(words) != 2:
        return False
    first, last = fold(words[0]), fold(words[-1])
    if last in FAMILY_NAMES and first not in FAMILY_NAMES:
        return True  # "Xiaoming Wang"
    return first in GIVEN_NAMES and last not in GIVEN_NAMES
