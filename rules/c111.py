"""C111 Discrimination (Employment and Occupation) Convention, 1958: the rules of VOCABULARY.md.

The law must prohibit direct and indirect discrimination on at least the seven grounds of
Article 1(1)(a), sexual harassment in both its forms included, at every stage from vocational
training and recruitment to terms and conditions of employment. The State must declare and pursue
a national equality policy and repeal provisions inconsistent with it, such as bans on women's
work that go beyond maternity protection.
"""
from normgap.rules import Convention, boolean, lacks_any, listing, listof, no_provision, provision, words

C111 = Convention(
    "C111", "Discrimination (Employment and Occupation) Convention, 1958 (No. 111)",
    articles={
        "1(1)(a)": "Prohibited grounds of discrimination",
        "1(1)(b)": "Additional grounds of discrimination",
        "1(2)": "Inherent requirements of the job",
        "1(3)": "Employment and occupation: scope of protection",
        "2": "National equality policy",
        "3(a)": "Cooperation of employers' and workers' organizations",
        "3(b)": "Legislation and educational programmes",
        "3(c)": "Repeal of inconsistent provisions and practices",
        "3(d)": "Employment under the direct control of a national authority",
        "3(e)": "Vocational guidance, training and placement services",
        "3(f)": "Reports on action taken",
        "4": "Activities prejudicial to the security of the State",
        "5": "Special measures of protection or assistance",
    },
)

SEVEN = ("race", "colour", "sex", "religion", "political_opinion", "national_extraction", "social_origin")
GROUNDS = SEVEN + ("social_status", "political_status", "politics", "nationality", "ethnic_origin", "age",
                   "disability", "hiv_status", "sexual_orientation", "marital_status",
                   "family_responsibilities", "language", "trade_union_membership", "pregnancy")
STAGES = ("vocational_training", "recruitment", "terms_and_conditions", "promotion", "dismissal")
REQUIRED_STAGES = ("vocational_training", "recruitment", "terms_and_conditions")
FORMS = ("quid_pro_quo", "hostile_environment")

C111.topic("discrimination.grounds", listof(*GROUNDS),
           "the grounds on which the provision prohibits discrimination in employment and occupation")
C111.topic("discrimination.indirect", boolean(),
           "the prohibition of discrimination covers indirect as well as direct discrimination")
C111.topic("discrimination.stages", listof(*STAGES),
           "the stages of employment and occupation to which the prohibition of discrimination applies")
C111.topic("sexual_harassment.forms", listof(*FORMS),
           "the forms of sexual harassment the provision defines and prohibits")
C111.topic("sexual_harassment.civil_remedies", boolean(),
           "victims of sexual harassment have civil or administrative remedies, not only criminal ones")
C111.topic("equality.national_policy", boolean(),
           "a national policy to promote equality of opportunity and treatment in employment and "
           "occupation is declared and pursued")
C111.topic("women.restricted_work", boolean(),
           "women are barred from, or restricted in, types of work for reasons not tied to maternity")

PROGRESS = "and to provide information on any progress made in this regard"
PRACTICE = ("as well as on the application of the provision in practice, including the number and "
            "outcome of complaints, labour inspection findings and court decisions")

_GROUND_WORDS = {"hiv_status": "HIV status", "trade_union_membership": "trade union membership"}

# A narrower ground sometimes found in place of one of the seven, and why it falls short.
SUBSTITUTES = {
    "social_origin": (("social_status",),
                      "social status refers to the position a person holds in society at present, "
                      "whereas social origin also reaches distinctions based on the class, caste or "
                      "socio-occupational category of the family into which a person was born"),
    "political_opinion": (("politics", "political_status"),
                          "such wording may be read as referring only to membership of, or activity "
                          "in, a political party, whereas political opinion protects the holding and "
                          "expression of political views, including views opposed to the established "
                          "political principles"),
    "national_extraction": (("nationality",),
                            "nationality concerns citizenship, and so distinctions between nationals and "
                            "foreigners, whereas national extraction protects nationals against "
                            "distinctions based on their place of birth, ancestry or foreign origin, such "
                            "as naturalized citizens, the descendants of immigrants or members of "
                            "national or linguistic minorities"),
}

_STAGE_WORDS = {
    "vocational_training": "access to vocational training",
    "recruitment": "recruitment",
    "terms_and_conditions": "terms and conditions of employment",
    "promotion": "promotion",
    "dismissal": "dismissal",
}

_FORM_WORDS = {
    "quid_pro_quo": "quid pro quo harassment, where a benefit at work is made conditional on "
                    "submitting to sexual conduct",
    "hostile_environment": "hostile working environment harassment, where sexual conduct creates an "
                           "intimidating, hostile or humiliating working environment",
}


def ground(name: str) -> str:
    """A ground of discrimination in words: ``political_opinion`` → ``political opinion``."""
    return _GROUND_WORDS.get(name, words(name))


def _quoted(name: str) -> str:
    return f'"{ground(name)}"'


def _reaching(f, stated, topic, test=lambda v: True):
    """Other provisions in force on ``topic`` whose value passes ``test`` and whose act applies to
    at least every worker the act of ``stated`` applies to."""
    own = f.act(stated.act)
    own_excludes = set(own.excludes) if own else set()
    found = []
    for other in f.in_force(topic):
        if other.index == stated.index or not test(other.value):
            continue
        source = f.act(other.act)
        if source is not None and set(source.excludes) <= own_excludes:
            found.append(other)
    return found


def _union(provisions) -> set:
    items: set = set()
    for p in provisions:
        if isinstance(p.value, tuple):
            items |= set(p.value)
    return items


def _gap(f, stated, topic, required):
    """What ``stated`` lists, the provisions reaching the same workers, what they add, what is missing."""
    own = set(stated.value)
    reaching = _reaching(f, stated, topic)
    added = [x for x in required if x not in own and x in _union(reaching)]
    missing = [x for x in required if x not in own and x not in added]
    return own, reaching, added, missing


def _raised_by_earlier(f, stated, topic, required, reaching, missing) -> bool:
    """Whether an earlier provision with the same reach, and the same gap, raises this point already.

    Two provisions that together leave the same items out give one finding, not two.
    """
    for other in reaching:
        if other.index < stated.index and any(p.index == stated.index for p in _reaching(f, other, topic)):
            if isinstance(other.value, tuple) and _gap(f, other, topic, required)[3] == missing:
                return True
    return False


def _amend(stated, others) -> str:
    return (f"amend {stated.phrase}" if not others
            else f"amend {listing([stated.phrase] + [o.phrase for o in others], 'or')}")


@C111.rule("grounds-missing", article="1(1)(a)", status="missing", kind="observation",
           when=[no_provision("discrimination.grounds")],
           checks="the legislation defines and prohibits discrimination on specified grounds")
def grounds_missing(f):
    f.noted("the legislation, as summarised, does not appear to define and prohibit discrimination in "
            "employment and occupation on any of the grounds listed in the Convention")
    f.recalled("discrimination means any distinction, exclusion or preference based on race, colour, "
               "sex, religion, political opinion, national extraction or social origin that destroys or "
               "impairs equality of opportunity or treatment in employment or occupation; where legal "
               "provisions are adopted to give effect to the "
               "Convention, they should cover at least all seven of these grounds")
    f.requested("indicate the provisions that define and prohibit direct and indirect discrimination "
                "in employment and occupation on at least the grounds of race, colour, sex, religion, "
                "political opinion, national extraction and social origin or, failing that, to adopt "
                f"them, {PROGRESS}")


@C111.rule("grounds-incomplete", article="1(1)(a)", status="conflict", kind="observation",
           when=[provision("discrimination.grounds", value=lacks_any(*SEVEN), as_="stated")],
           checks="the prohibited grounds include all seven of Article 1(1)(a) (other provisions "
                  "reaching the same workers may supply some of them)")
def grounds_incomplete(f, stated):
    own, reaching, added, missing = _gap(f, stated, "discrimination.grounds", SEVEN)
    if not missing or _raised_by_earlier(f, stated, "discrimination.grounds", SEVEN, reaching, missing):
        f.drop()  # the seven grounds are covered for these workers, or an earlier provision says so
        return
    # A narrower ground standing in for a missing one, wherever it is stated for these workers.
    narrower = {needed: [s for s in SUBSTITUTES[needed][0] if s in own | _union(reaching)]
                for needed in missing if needed in SUBSTITUTES}
    substitutes = {s for found in narrower.values() for s in found}
    others = [o for o in reaching if set(o.value) & (set(added) | (substitutes - own))]
    f.cite(stated, *others)
    f.fact("discrimination.grounds", stated.text)
    if others:
        f.fact("also stated", "; ".join(f"{o.cite}: {o.text}" for o in others))
    f.fact("missing grounds", "[" + ", ".join(missing) + "]")
    f.measure_items("discrimination.grounds", len(missing), "of the seven grounds of Article 1(1)(a) unprotected")
    if own:
        clause = (f"{stated.phrase} prohibits discrimination in employment and occupation on the grounds "
                  f"of {listing(ground(g) for g in stated.value)}")
    else:
        clause = (f"{stated.phrase} lists no ground on which discrimination in employment and "
                  f"occupation is prohibited")
    if added:
        adding = [o for o in others if set(o.value) & set(added)]
        clause += (f"; {listing(o.phrase for o in adding)} also "
                   f"{'covers' if len(adding) == 1 else 'cover'} {listing(ground(g) for g in added)}; "
                   f"none of these provisions, however, covers {listing(ground(g) for g in missing)}")
    elif own:
        clause += f", but does not cover {listing(ground(g) for g in missing)}"
    def holder(item):  # the narrower ground, and where it is stated when not in ``stated``
        if item in own:
            return _quoted(item)
        return _quoted(item) + " in " + listing(o.phrase for o in others if item in o.value)

    notes = [f"the ground of {listing((holder(s) for s in found), 'or')} is narrower than that of "
             f"{_quoted(needed)}: {SUBSTITUTES[needed][1]}."
             for needed, found in narrower.items() if found]
    openers = ("The Committee observes that ", "Likewise, ", "Similarly, ")
    notes = [opener + note for opener, note in zip(openers, notes)]
    f.noted(clause + (". " + " ".join(notes) if notes else ""))
    f.recalled("discrimination means any distinction, exclusion or preference based on race, colour, "
               "sex, religion, political opinion, national extraction or social origin that destroys or "
               "impairs equality of opportunity or treatment in employment or occupation; provisions "
               "giving effect to the Convention should therefore cover at "
               "least all seven grounds, in terms no narrower than those of the Convention. Additional "
               "grounds are welcome, but cannot take the place of any of the seven")
    f.requested(f"take the necessary measures to {_amend(stated, others)} so as to include "
                f"{listing(ground(g) for g in missing)} expressly among the prohibited grounds of "
                f"discrimination, {PROGRESS}, {PRACTICE}")


@C111.rule("indirect-discrimination-excluded", article="1(1)(a)", status="conflict", kind="direct_request",
           when=[provision("discrimination.indirect", value=False, as_="stated")],
           checks="the prohibition of discrimination is not confined to direct discrimination")
def indirect_discrimination_excluded(f, stated):
    if _reaching(f, stated, "discrimination.indirect", lambda v: v is True):
        f.drop()  # another provision prohibits indirect discrimination for the same workers
        return
    f.cite(stated)
    f.fact("discrimination.indirect", stated.text)
    f.noted(f"according to {stated.phrase}, the prohibition of discrimination covers only direct "
            f"discrimination, and not indirect discrimination")
    f.recalled("discrimination includes any distinction, exclusion or preference that has the effect, "
               "and not only the purpose, of destroying or impairing equality of opportunity or "
               "treatment. It therefore reaches indirect discrimination: apparently neutral rules, "
               "criteria or practices that in fact put persons of a protected group at a particular "
               "disadvantage and are not justified by the inherent requirements of the job")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that it expressly prohibits "
                f"indirect as well as direct discrimination on all the prohibited grounds, {PROGRESS}")


@C111.rule("protection-omits-stages", article="1(3)", status="conflict", kind="direct_request",
           when=[provision("discrimination.stages", value=lacks_any(*REQUIRED_STAGES), as_="stated")],
           checks="the prohibition of discrimination applies to vocational training, recruitment and "
                  "terms and conditions of employment")
def protection_omits_stages(f, stated):
    topic = "discrimination.stages"
    own, reaching, added, missing = _gap(f, stated, topic, REQUIRED_STAGES)
    if not missing or _raised_by_earlier(f, stated, topic, REQUIRED_STAGES, reaching, missing):
        f.drop()
        return
    others = [o for o in reaching if set(o.value) & set(added)]
    f.cite(stated, *others)
    f.fact("discrimination.stages", stated.text)
    f.fact("missing stages", "[" + ", ".join(missing) + "]")
    f.measure_items(topic, len(missing), "of the required stages of employment unprotected")
    listed = [_STAGE_WORDS[s] for s in STAGES if s in own]
    if listed:
        clause = f"{stated.phrase} prohibits discrimination in respect of {listing(listed)}"
    else:
        clause = (f"{stated.phrase} does not specify any stage of employment to which the prohibition "
                  f"of discrimination applies")
    if others:
        clause += (f", and {listing(o.phrase for o in others)} in respect of "
                   f"{listing(_STAGE_WORDS[s] for s in added)}")
    clause += (f"; the protection does not extend to {listing(_STAGE_WORDS[s] for s in missing)}")
    f.noted(clause)
    f.recalled("the protection against discrimination in employment and occupation covers access to "
               "vocational training, access to employment and to particular occupations, and terms "
               "and conditions of employment. It therefore applies at every stage, from training and "
               "job advertisements through recruitment to the conditions of work, and to the "
               "self-employed as well as to employees")
    f.requested(f"take the necessary measures to {_amend(stated, others)} so that the protection "
                f"against discrimination extends to {listing(_STAGE_WORDS[s] for s in missing)}, "
                f"{PROGRESS}")


@C111.rule("sexual-harassment-missing", article="1(1)(a)", status="missing", kind="direct_request",
           when=[no_provision("sexual_harassment.forms")],
           checks="the legislation defines and prohibits sexual harassment in employment and occupation")
def sexual_harassment_missing(f):
    f.noted("the legislation, as summarised, does not appear to define and prohibit sexual harassment "
            "in employment and occupation")
    f.recalled("sexual harassment is a serious form of sex discrimination. It should be defined and "
               "prohibited in both its forms: quid pro quo harassment, where a benefit at work is made "
               "conditional on submitting to sexual conduct, and hostile working environment "
               "harassment, where sexual conduct creates an intimidating, hostile or humiliating "
               "working environment")
    f.requested("indicate the provisions that define and prohibit both forms of sexual harassment in "
                "employment and occupation or, failing that, to adopt them, and to provide information "
                "on the remedies available to victims and on the measures taken to prevent sexual "
                "harassment")


@C111.rule("sexual-harassment-form-missing", article="1(1)(a)", status="conflict", kind="direct_request",
           when=[provision("sexual_harassment.forms", value=lacks_any(*FORMS), as_="stated")],
           checks="the definition of sexual harassment covers both quid pro quo and hostile "
                  "environment harassment")
def sexual_harassment_form_missing(f, stated):
    topic = "sexual_harassment.forms"
    own, reaching, added, missing = _gap(f, stated, topic, FORMS)
    if not missing or _raised_by_earlier(f, stated, topic, FORMS, reaching, missing):
        f.drop()
        return
    others = [o for o in reaching if set(o.value) & set(added)]
    f.cite(stated, *others)
    f.fact("sexual_harassment.forms", stated.text)
    f.fact("missing forms", "[" + ", ".join(missing) + "]")
    mine = [_FORM_WORDS[s] for s in FORMS if s in own]
    if mine:
        clause = f"{stated.phrase} addresses {listing(mine)}"
    else:
        clause = f"{stated.phrase} refers to sexual harassment without defining either of its forms"
    if others:
        clause += (f", and {listing(o.phrase for o in others)} "
                   f"{'addresses' if len(others) == 1 else 'address'} "
                   f"{listing(_FORM_WORDS[s] for s in added)}; none of these provisions, however, "
                   f"addresses {listing(_FORM_WORDS[s] for s in missing)}")
    elif mine:
        clause += f", but not {listing(_FORM_WORDS[s] for s in missing)}"
    else:
        clause += ", quid pro quo or hostile working environment harassment"
    f.noted(clause)
    f.recalled("sexual harassment, as a form of sex discrimination, should be defined and prohibited "
               "in both its forms, quid pro quo and hostile working environment, so that victims are "
               "protected whether or not the conduct is tied to a benefit at work")
    f.requested(f"take the necessary measures to {_amend(stated, others)} so that the legislation "
                f"defines and prohibits {listing(_FORM_WORDS[s].split(',')[0] for s in missing)}, "
                f"{PROGRESS}")


@C111.rule("sexual-harassment-no-civil-remedy", article="1(1)(a)", status="conflict", kind="direct_request",
           when=[provision("sexual_harassment.civil_remedies", value=False, as_="stated")],
           checks="victims of sexual harassment have civil remedies, not only criminal proceedings")
def sexual_harassment_no_civil_remedy(f, stated):
    if _reaching(f, stated, "sexual_harassment.civil_remedies", lambda v: v is True):
        f.drop()  # civil remedies are available to the same workers under another provision
        return
    f.cite(stated)
    f.fact("sexual_harassment.civil_remedies", stated.text)
    f.noted(f"according to {stated.phrase}, victims of sexual harassment have no civil remedy, such as "
            f"compensation or reinstatement, against the harasser or the employer")
    f.recalled("sexual harassment, as a form of sex discrimination, calls for effective remedies. "
               "Criminal proceedings alone are usually not enough: the sensitivity of the matter, the "
               "higher burden of proof and the narrower range of conduct that criminal law reaches "
               "leave many victims without redress")
    f.requested("take the necessary measures to give victims of sexual harassment in employment and "
                "occupation access to civil or administrative remedies, including compensation and "
                f"protection against victimization, {PROGRESS}, as well as on the number of complaints "
                "lodged and their outcome")


@C111.rule("national-policy-missing", article="2", status="missing", kind="direct_request",
           when=[no_provision("equality.national_policy", True)],
           checks="a national policy to promote equality of opportunity and treatment is declared and "
                  "pursued")
def national_policy_missing(f):
    f.note_lack("equality.national_policy",
                said_no="no national policy to promote equality of opportunity and treatment in "
                        "employment and occupation has been declared",
                unstated="does not refer to a national policy to promote equality of opportunity and "
                         "treatment in respect of employment and occupation")
    f.recalled("each ratifying State must declare and pursue a national policy that promotes equality "
               "of opportunity and treatment in employment and occupation, using methods suited to "
               "national conditions and practice, with the aim of eliminating all discrimination in "
               "this field")
    f.requested("indicate whether such a national policy has been declared and, if so, to provide "
                "information on the measures taken to pursue it and their results or, if not, on the "
                "steps envisaged to declare it")


@C111.rule("women-work-restricted", article="3(c)", status="conflict", kind="observation",
           when=[provision("women.restricted_work", value=True, as_="stated")],
           checks="no provision bars or restricts women's work beyond maternity protection")
def women_work_restricted(f, stated):
    f.cite(stated)
    f.fact("women.restricted_work", stated.text)
    f.noted(f"{stated.phrase} prohibits or restricts the employment of women in certain types of work, "
            f"for reasons that are not confined to the protection of maternity")
    f.recalled("the Government must repeal laws, and change administrative instructions or practices, "
               "that run counter to the national equality policy. "
               "Protective measures for women that go beyond maternity protection rest on stereotyped "
               "perceptions of their abilities and role in society and run counter to equality of "
               "opportunity and treatment; risks to safety and health should be addressed for men and "
               "women alike")
    f.requested(f"take the necessary measures to repeal or amend {stated.phrase} so that any "
                f"restriction on the employment of women is strictly limited to maternity protection, "
                f"{PROGRESS}")
