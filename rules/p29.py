"""P29 Protocol of 2014 to the Forced Labour Convention, 1930: the rules of VOCABULARY.md.

The Protocol turns the Convention's duty to suppress forced labour into a programme of prevention,
protection and remedies: a national policy and plan of action drawn up with the social partners,
labour law and its enforcement extended to every worker and sector, victims identified, released,
protected and compensated whatever their status, and authorities able to refrain from punishing
victims for unlawful acts they were compelled to commit.
"""
from normgap.rules import Convention, act, boolean, category, has_any, listing, no_provision

P29 = Convention(
    "P29", "Protocol of 2014 to the Forced Labour Convention, 1930",
    # Article 7 (deletion of the Convention's transitional provisions) imposes no obligation of its
    # own; Articles 8 onwards are final provisions.
    articles={
        "1(1)": "Effective measures to prevent and eliminate forced labour, protect victims and sanction perpetrators",
        "1(2)": "National policy and plan of action",
        "1(3)": "Systematic action, including against trafficking in persons",
        "2(a)": "Education and information of persons at risk",
        "2(b)": "Education and information of employers",
        "2(c)": "Coverage and enforcement of legislation; labour inspection",
        "2(d)": "Protection against abusive and fraudulent recruitment",
        "2(e)": "Due diligence",
        "2(f)": "Root causes of forced labour",
        "3": "Identification, release, protection, recovery and rehabilitation of victims",
        "4(1)": "Access to remedies, including compensation",
        "4(2)": "Non-prosecution and non-punishment of victims",
        "5": "International cooperation",
        "6": "Measures determined after consultation with employers' and workers' organizations",
    },
)

P29.topic("forced_labour.action_plan", boolean(),
          "a national policy and plan of action for the suppression of forced or compulsory labour is in place")
P29.topic("forced_labour.victim_protection", boolean(),
          "measures provide for the identification, release, protection, recovery and rehabilitation of "
          "victims of forced labour")
P29.topic("forced_labour.victim_compensation", boolean(),
          "all victims of forced labour, whatever their presence or legal status in the country, have "
          "access to remedies such as compensation")
P29.topic("forced_labour.non_punishment", boolean(),
          "the competent authorities may decline to prosecute or punish victims for unlawful acts they "
          "were compelled to commit as a direct consequence of forced labour")

# The categories the Committee most often finds left outside labour law (Article 2(c)).
VULNERABLE = ("domestic_workers", "agriculture")
# Where labour inspection of each category takes place, for the request for information.
WORKPLACES = {"domestic_workers": "private households", "agriculture": "agriculture"}
# The Conventions whose topics show that an act gives labour protection.
LABOUR_PROTECTION = ("C29", "C138", "C155")


@P29.rule("action-plan-missing", article="1(2)", status="missing", kind="direct_request",
          when=[no_provision("forced_labour.action_plan", True)],
          checks="a national policy and plan of action on forced labour is in place")
def action_plan_missing(f):
    f.note_lack("forced_labour.action_plan",
                said_no="no national policy and plan of action for the suppression of forced or compulsory "
                        "labour is in place",
                unstated="does not show a national policy and plan of action in force for the effective and "
                         "sustained suppression of forced or compulsory labour")
    f.recalled("each Member shall develop, in consultation with employers' and workers' organizations, a "
               "national policy and plan of action for the effective and sustained suppression of forced or "
               "compulsory labour, with systematic action by the competent authorities")
    f.requested("indicate whether a national policy and plan of action against forced labour has been adopted "
                "or, failing that, to develop one in consultation with the organizations of employers and "
                "workers, and to provide a copy of it once adopted together with information on the "
                "measures taken under it")


@P29.rule("victim-protection-missing", article="3", status="missing", kind="direct_request",
          when=[no_provision("forced_labour.victim_protection", True)],
          checks="victims of forced labour are identified, released, protected and rehabilitated")
def victim_protection_missing(f):
    f.note_lack("forced_labour.victim_protection",
                said_no="no measures are provided for the identification, release, protection, recovery "
                        "and rehabilitation of victims of forced labour",
                unstated="does not appear to provide for the identification, release, protection, recovery "
                         "and rehabilitation of victims of forced labour")
    f.recalled("each Member shall take effective measures to identify, release, protect, assist in the "
               "recovery of and rehabilitate all victims of forced or compulsory labour, and to give them "
               "other forms of assistance and support")
    f.requested("indicate the measures taken to identify victims of forced labour and to ensure their "
                "release, protection, recovery and rehabilitation or, failing that, to adopt them, and to "
                "provide information on the number of victims identified and the assistance they received")


@P29.rule("victim-compensation-missing", article="4(1)", status="missing", kind="direct_request",
          when=[no_provision("forced_labour.victim_compensation", True)],
          checks="all victims of forced labour have access to remedies such as compensation")
def victim_compensation_missing(f):
    f.note_lack("forced_labour.victim_compensation",
                said_no="victims of forced labour do not all have access to remedies such as compensation",
                unstated="does not appear to give all victims of forced labour access to appropriate and "
                         "effective remedies, such as compensation")
    f.recalled("all victims of forced or compulsory labour, whether or not they are present in the national "
               "territory and whatever their legal status there, must have access to appropriate and "
               "effective remedies, such as compensation")
    f.requested("indicate the provisions that give every victim of forced labour, irrespective of presence or "
                "legal status in the country, access to remedies such as compensation or, failing that, to "
                "adopt them, and to provide information on the number of victims who obtained compensation")


@P29.rule("non-punishment-missing", article="4(2)", status="missing", kind="direct_request",
          when=[no_provision("forced_labour.non_punishment", True)],
          checks="the authorities may decline to punish victims for unlawful acts they were compelled to commit")
def non_punishment_missing(f):
    f.note_lack("forced_labour.non_punishment",
                said_no="the competent authorities may not refrain from prosecuting or punishing victims of "
                        "forced labour for unlawful acts they were compelled to commit",
                unstated="does not appear to entitle the competent authorities to refrain from prosecuting or "
                         "punishing victims of forced labour for unlawful acts they were compelled to commit "
                         "as a direct consequence of being subjected to forced labour")
    f.recalled("each Member shall take the necessary measures, in accordance with the basic principles of its "
               "legal system, so that the competent authorities are able to decline to prosecute or punish "
               "victims of forced or compulsory labour for their involvement in unlawful activities which "
               "they were compelled to commit as a direct consequence of being subjected to it")
    f.requested("take the necessary measures to ensure that the competent authorities are entitled not to "
                "prosecute or punish victims of forced labour for unlawful acts they were compelled to commit "
                "as a direct consequence of their situation, and to provide information on the application "
                "of this principle in practice")


@P29.rule("labour-law-excludes-vulnerable-workers", article="2(c)", status="conflict", kind="direct_request",
          when=[act(excludes=has_any(*VULNERABLE), as_="source")],
          checks="acts giving labour protection do not leave domestic workers or agricultural workers outside "
                 "their scope")
def labour_law_excludes_vulnerable_workers(f, source):
    protection = source.topics & f.topics_of(*LABOUR_PROTECTION)
    if not protection:
        f.drop()  # the act excludes these workers but gives no labour protection
        return
    # A category is left out unless, for every point of protection the act gives, another act in
    # force gives it too without excluding that category.
    left_out = [c for c in VULNERABLE if any(c in f.uncovered(source, t) for t in sorted(protection))]
    if not left_out:
        f.drop()
        return
    exclusions = [p for p in source.exclusions if any(c in p.value for c in left_out)]
    f.cite(*exclusions)
    f.fact("scope.excludes", "[" + ", ".join(left_out) + "]")
    f.fact("labour protection given by the act", ", ".join(sorted(protection)))
    workers = listing(category(c) for c in left_out)
    verb = "excludes" if len(exclusions) == 1 else "exclude"
    f.noted(f"{listing(p.place for p in exclusions)} of the {source.name} {verb} {workers} from its scope, "
            f"so that these workers are left outside the labour protection the act provides, and no other "
            f"provision in force, as summarised, extends that protection to them")
    f.recalled("the measures to prevent forced or compulsory labour include efforts to extend the legislation "
               "relevant to its prevention, labour law included as appropriate, and the enforcement of that "
               "legislation to all workers and all sectors of the economy, and to strengthen labour "
               "inspection; workers left outside labour law, such as domestic and agricultural workers, are "
               "particularly exposed to forced labour")
    f.requested(f"take the necessary measures to extend the protection of the {source.name} to {workers}, "
                f"and to provide information on the labour inspections carried out in "
                f"{listing(WORKPLACES[c] for c in left_out)} and on any cases of forced labour detected")
