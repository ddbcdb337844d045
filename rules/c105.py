"""C105 Abolition of Forced Labour Convention, 1957: the rules of VOCABULARY.md, in the Committee's voice.

Forced or compulsory labour, compulsory prison labour included, may never serve to coerce or punish
people for their political views, to mobilize labour for economic development, to enforce labour
discipline, to punish peaceful participation in strikes, or to discriminate on racial, social,
national or religious grounds. A prison sentence for any of these therefore breaches the Convention
wherever convicted prisoners are obliged to work, so each penalty finding turns on whether prison
labour is compulsory.
"""
from normgap.rules import Convention, boolean, enum, listing, no_provision, provision

C105 = Convention(
    "C105", "Abolition of Forced Labour Convention, 1957 (No. 105)",
    articles={
        "1(a)": "Political coercion and punishment for the expression of views",
        "1(b)": "Mobilization of labour for economic development",
        "1(c)": "Labour discipline",
        "1(d)": "Punishment for participation in strikes",
        "1(e)": "Racial, social, national or religious discrimination",
        "2": "Immediate and complete abolition",
    },
)

PENALTIES = ("imprisonment", "fine", "none")

C105.topic("political_expression.penalty", enum(*PENALTIES),
           "the heaviest penalty the law attaches to the peaceful holding or expression of political "
           "views or of views opposed to the established political, social or economic system")
C105.topic("labour_discipline.penalty", enum(*PENALTIES),
           "the heaviest penalty the law attaches to a breach of labour discipline that endangers "
           "neither the safety of a ship nor the life, safety or health of anyone")
C105.topic("strike_participation.penalty", enum(*PENALTIES),
           "the heaviest penalty the law attaches to peaceful participation in a strike")
C105.topic("discrimination_based.penalty", enum(*PENALTIES),
           "the heaviest penalty the law attaches to conduct defined by race, religion, nationality "
           "or membership of a social group")
C105.topic("economic_development.compulsory_labour", boolean(),
           "the law allows labour to be exacted compulsorily for purposes of economic development")

C29_TITLE = "the Forced Labour Convention, 1930 (No. 29)"


def _c29(punishment: str) -> str:
    """The C29/C105 cross-reference that closes every recalled paragraph on prison labour."""
    return (f"The Committee points out that, while Article 2(2)(c) of {C29_TITLE}, leaves compulsory "
            f"prison labour outside the definition of forced labour only where it results from a "
            f"conviction in a court of law and is carried out under the supervision and control of a "
            f"public authority, even labour meeting those conditions may not, under the present "
            f"Convention, be imposed as a punishment for {punishment}")


def _prison_yes(f):
    """The provisions in force under which convicted prisoners must work (cited together, so that
    the finding is the same whichever of them triggered the rule)."""
    return [p for p in f.in_force("prison_labour.compulsory") if p.value is True]


def _conflict(f, penalty, *, conduct: str, recalled: str, punishment: str, amend: str) -> None:
    """A penalty of imprisonment for protected conduct where prison labour is compulsory."""
    prison = _prison_yes(f)
    f.cite(penalty, *prison)
    f.fact(penalty.topic, penalty.text)
    f.fact("prison_labour.compulsory", ", ".join(f"{p.text} ({p.cite})" for p in prison))
    f.noted(f"{penalty.phrase} makes {conduct} punishable by imprisonment, and that, under "
            f"{listing(p.phrase for p in prison)}, persons sentenced to imprisonment are obliged to work")
    f.recalled(f"{recalled}. {_c29(punishment)}")
    f.requested(f"take the necessary measures to amend {penalty.phrase} so that {amend}, and to provide "
                f"information on the application of that provision in practice, including the number of "
                f"prosecutions and convictions and the penalties imposed")


def _unstated(f, penalty, *, conduct: str, recalled: str, punishment: str, assure: str) -> None:
    """A penalty of imprisonment for protected conduct where nothing says whether prisoners must work."""
    f.cite(penalty)
    f.fact(penalty.topic, penalty.text)
    f.fact("prison_labour.compulsory", "not stated")
    f.noted(f"{penalty.phrase} makes {conduct} punishable by imprisonment, but that the legislation, as "
            f"summarised, does not indicate whether persons sentenced to imprisonment are obliged to work")
    f.recalled(f"{recalled}. {_c29(punishment)}")
    f.requested(f"indicate whether persons serving a sentence of imprisonment are required to work under "
                f"the prison legislation, to provide a copy of the relevant provisions and, if such labour "
                f"is compulsory, to take the necessary measures to ensure that {assure}")


# -- Article 1(a): political views --------------------------------------------------------------

POLITICAL_CONDUCT = ("the peaceful holding or expression of political views, or of views ideologically "
                     "opposed to the established political, social or economic system,")
POLITICAL_RECALLED = ("no form of forced or compulsory labour, including compulsory prison labour, may be "
                      "used as a means of political coercion or education or as a punishment for holding "
                      "or expressing political views or views ideologically opposed to the established "
                      "political, social or economic system; only the use of violence, incitement to "
                      "violence or acts preparatory to violence may be punished with sanctions involving "
                      "compulsory labour")
POLITICAL_PUNISHMENT = "the peaceful expression of political or ideological views"


@C105.rule("political-expression-punished-by-prison-labour", article="1(a)", status="conflict",
           kind="observation",
           when=[provision("political_expression.penalty", "imprisonment", as_="penalty"),
                 provision("prison_labour.compulsory", True, as_="prison")],
           checks="the peaceful expression of political views is not punishable by imprisonment "
                  "involving compulsory prison labour")
def political_expression_punished_by_prison_labour(f, penalty, prison):
    _conflict(f, penalty, conduct=POLITICAL_CONDUCT, recalled=POLITICAL_RECALLED,
              punishment=POLITICAL_PUNISHMENT,
              amend="no penalty involving compulsory labour may be imposed on persons who, without using "
                    "or advocating violence, hold or express political views or views opposed to the "
                    "established system, for instance by confining the offence to acts of violence or "
                    "incitement to violence or by replacing imprisonment with sanctions that involve no "
                    "obligation to work")


@C105.rule("political-expression-prison-labour-unstated", article="1(a)", status="missing",
           kind="direct_request",
           when=[provision("political_expression.penalty", "imprisonment", as_="penalty"),
                 no_provision("prison_labour.compulsory")],
           checks="where the expression of political views is punishable by imprisonment, the "
                  "legislation says whether prisoners must work")
def political_expression_prison_labour_unstated(f, penalty):
    _unstated(f, penalty, conduct=POLITICAL_CONDUCT, recalled=POLITICAL_RECALLED,
              punishment=POLITICAL_PUNISHMENT,
              assure=f"no sanction involving compulsory labour may be imposed under {penalty.phrase} on "
                     f"persons who peacefully hold or express political or ideological views")


# -- Article 1(b): economic development --------------------------------------------------------

@C105.rule("labour-mobilised-for-economic-development", article="1(b)", status="conflict",
           kind="observation",
           when=[provision("economic_development.compulsory_labour", True, as_="stated")],
           checks="labour is not mobilized compulsorily for purposes of economic development")
def labour_mobilised_for_economic_development(f, stated):
    f.cite(stated)
    f.fact("economic_development.compulsory_labour", stated.text)
    f.noted(f"{stated.phrase} allows the authorities to require the population to perform work for "
            f"purposes of economic development")
    f.recalled("no form of forced or compulsory labour may be used as a method of mobilizing and using "
               "labour for purposes of economic development, whether for agricultural campaigns, public "
               "works or other development programmes, and however short the period of work exacted")
    f.requested(f"take the necessary measures to repeal or amend {stated.phrase} so that participation in "
                f"economic development programmes is voluntary and no penalty attaches to a refusal to "
                f"take part, and to provide information on the measures taken to that end")


# -- Article 1(c): labour discipline -----------------------------------------------------------

DISCIPLINE_CONDUCT = ("breaches of labour discipline that endanger neither the safety of a ship nor the "
                      "life, personal safety or health of persons")
DISCIPLINE_RECALLED = ("no form of forced or compulsory labour, including compulsory prison labour, may be "
                       "used as a means of labour discipline; sanctions involving compulsory labour may be "
                       "imposed only for breaches of discipline that endanger, or are likely to endanger, "
                       "the safety of a ship or the life, personal safety or health of persons, and not for "
                       "desertion, absence or disobedience as such")
DISCIPLINE_PUNISHMENT = "a breach of labour discipline"


@C105.rule("labour-discipline-punished-by-prison-labour", article="1(c)", status="conflict",
           kind="observation",
           when=[provision("labour_discipline.penalty", "imprisonment", as_="penalty"),
                 provision("prison_labour.compulsory", True, as_="prison")],
           checks="breaches of labour discipline that endanger no one are not punishable by imprisonment "
                  "involving compulsory prison labour")
def labour_discipline_punished_by_prison_labour(f, penalty, prison):
    _conflict(f, penalty, conduct=DISCIPLINE_CONDUCT, recalled=DISCIPLINE_RECALLED,
              punishment=DISCIPLINE_PUNISHMENT,
              amend="sanctions involving compulsory labour may be imposed only for breaches of discipline "
                    "that endanger the safety of a ship or the life, personal safety or health of persons")


@C105.rule("labour-discipline-prison-labour-unstated", article="1(c)", status="missing",
           kind="direct_request",
           when=[provision("labour_discipline.penalty", "imprisonment", as_="penalty"),
                 no_provision("prison_labour.compulsory")],
           checks="where breaches of labour discipline are punishable by imprisonment, the legislation "
                  "says whether prisoners must work")
def labour_discipline_prison_labour_unstated(f, penalty):
    _unstated(f, penalty, conduct=DISCIPLINE_CONDUCT, recalled=DISCIPLINE_RECALLED,
              punishment=DISCIPLINE_PUNISHMENT,
              assure=f"no sanction involving compulsory labour may be imposed under {penalty.phrase} for "
                     f"breaches of labour discipline that endanger neither the safety of a ship nor the "
                     f"life, personal safety or health of persons")


# -- Article 1(d): strikes ---------------------------------------------------------------------

STRIKE_CONDUCT = "peaceful participation in a strike"
STRIKE_RECALLED = ("no form of forced or compulsory labour, including compulsory prison labour, may be "
                   "imposed as a punishment for having participated in strikes; whatever the lawfulness "
                   "of the strike, workers who take part in it peacefully may not be sentenced to "
                   "penalties involving compulsory labour, which may be imposed only for acts of violence "
                   "or other criminal acts committed in the course of a strike")
STRIKE_PUNISHMENT = "peaceful participation in a strike"


@C105.rule("strike-participation-punished-by-prison-labour", article="1(d)", status="conflict",
           kind="observation",
           when=[provision("strike_participation.penalty", "imprisonment", as_="penalty"),
                 provision("prison_labour.compulsory", True, as_="prison")],
           checks="peaceful participation in a strike is not punishable by imprisonment involving "
                  "compulsory prison labour")
def strike_participation_punished_by_prison_labour(f, penalty, prison):
    _conflict(f, penalty, conduct=STRIKE_CONDUCT, recalled=STRIKE_RECALLED,
              punishment=STRIKE_PUNISHMENT,
              amend="no penalty involving compulsory labour may be imposed on workers for peacefully "
                    "taking part in a strike, including a strike called in breach of the procedure the "
                    "law lays down")


@C105.rule("strike-participation-prison-labour-unstated", article="1(d)", status="missing",
           kind="direct_request",
           when=[provision("strike_participation.penalty", "imprisonment", as_="penalty"),
                 no_provision("prison_labour.compulsory")],
           checks="where participation in a strike is punishable by imprisonment, the legislation says "
                  "whether prisoners must work")
def strike_participation_prison_labour_unstated(f, penalty):
    _unstated(f, penalty, conduct=STRIKE_CONDUCT, recalled=STRIKE_RECALLED,
              punishment=STRIKE_PUNISHMENT,
              assure=f"no sanction involving compulsory labour may be imposed under {penalty.phrase} on "
                     f"workers for peacefully taking part in a strike")


# -- Article 1(e): discrimination --------------------------------------------------------------

DISCRIMINATION_CONDUCT = ("conduct defined by reference to the race, religion, nationality or social group "
                          "of the persons concerned")
DISCRIMINATION_RECALLED = ("no form of forced or compulsory labour, including compulsory prison labour, may "
                           "be used as a means of racial, social, national or religious discrimination, "
                           "whether labour is exacted from particular groups of the population or penalties "
                           "involving compulsory labour are attached to conduct only because of the race, "
                           "religion, nationality or social group of those who engage in it")
DISCRIMINATION_PUNISHMENT = "conduct defined by race, religion, nationality or social group"


@C105.rule("discriminatory-offence-punished-by-prison-labour", article="1(e)", status="conflict",
           kind="observation",
           when=[provision("discrimination_based.penalty", "imprisonment", as_="penalty"),
                 provision("prison_labour.compulsory", True, as_="prison")],
           checks="conduct defined by race, religion, nationality or social group is not punishable by "
                  "imprisonment involving compulsory prison labour")
def discriminatory_offence_punished_by_prison_labour(f, penalty, prison):
    _conflict(f, penalty, conduct=DISCRIMINATION_CONDUCT, recalled=DISCRIMINATION_RECALLED,
              punishment=DISCRIMINATION_PUNISHMENT,
              amend="no penalty involving compulsory labour may be imposed on persons on account of their "
                    "race, religion, nationality or membership of a social group")


@C105.rule("discriminatory-offence-prison-labour-unstated", article="1(e)", status="missing",
           kind="direct_request",
           when=[provision("discrimination_based.penalty", "imprisonment", as_="penalty"),
                 no_provision("prison_labour.compulsory")],
           checks="where conduct defined by race, religion, nationality or social group is punishable by "
                  "imprisonment, the legislation says whether prisoners must work")
def discriminatory_offence_prison_labour_unstated(f, penalty):
    _unstated(f, penalty, conduct=DISCRIMINATION_CONDUCT, recalled=DISCRIMINATION_RECALLED,
              punishment=DISCRIMINATION_PUNISHMENT,
              assure=f"no sanction involving compulsory labour may be imposed under {penalty.phrase} on "
                     f"persons on account of their race, religion, nationality or membership of a social "
                     f"group")
