"""C182 Worst Forms of Child Labour Convention, 1999: the rules of VOCABULARY.md, in the Committee's voice.

Every person under 18 is a child, and each worst form (slavery-like practices, trafficking and
forced recruitment for armed conflict; prostitution and pornography; illicit activities) must be
prohibited for all of them, girls and boys alike, and punished by penal sanctions that deter.
Hazardous work is barred below 18 (16 under strict safeguards) on a list fixed after consultation,
and the State must set up monitoring mechanisms and programmes of action.
"""
from dataclasses import dataclass

from normgap.rules import (
    Convention, below, boolean, enum, from_up_to, lacks_any, listing, listof, no_provision, one_of,
    provision, years,
)

C182 = Convention(
    "C182", "Worst Forms of Child Labour Convention, 1999 (No. 182)",
    articles={
        "1": "Immediate and effective measures",
        "2": "Definition of a child",
        "3(a)": "Slavery and practices similar to slavery",
        "3(b)": "Prostitution and pornography",
        "3(c)": "Illicit activities",
        "3(d)": "Hazardous work",
        "4(1)": "Determination of hazardous work",
        "4(2)": "Identification of where hazardous work exists",
        "4(3)": "Periodic review of the list of hazardous work",
        "5": "Monitoring mechanisms",
        "6": "Programmes of action",
        "7(1)": "Enforcement and penal sanctions",
        "7(2)": "Effective and time-bound measures",
        "7(3)": "Competent authority",
        "8": "International cooperation and assistance",
    },
)

C138_TITLE = "the Minimum Age Convention, 1973 (No. 138)"
R190_TITLE = "the Worst Forms of Child Labour Recommendation, 1999 (No. 190)"
APPLICATION = ("and to provide information on the application of the provision in practice, including the "
               "number of investigations, prosecutions and convictions and the penalties imposed")


@dataclass(frozen=True)
class WorstForm:
    """One worst form of Article 3(a)-(c), with the words its findings use."""

    topic: str        # the prefix of its topics: child_trafficking
    article: str      # 3(a), 3(b) or 3(c)
    meaning: str      # what `prohibited_under` covers (for `normgap vocab`)
    crime: str        # the conduct, as a sentence names it: "trafficking in children"
    requirement: str  # what the article lists, in our words

    @property
    def slug(self) -> str:
        return self.topic.replace("_", "-")


WORST_FORMS = (
    WorstForm("child_slavery", "3(a)",
              "slavery and practices similar to slavery (sale, debt bondage, serfdom, forced or compulsory "
              "labour)",
              "holding a child in slavery or in a practice similar to slavery",
              "all forms of slavery and practices similar to slavery, such as the sale of children, debt "
              "bondage, serfdom and forced or compulsory labour"),
    WorstForm("child_trafficking", "3(a)", "the sale and trafficking of children",
              "trafficking in children",
              "the sale and trafficking of children, which the Convention counts among the practices "
              "similar to slavery"),
    WorstForm("child_armed_recruitment", "3(a)", "forced or compulsory recruitment for use in armed conflict",
              "the forced or compulsory recruitment of children for use in armed conflict",
              "the forced or compulsory recruitment of children for use in armed conflict, which the "
              "Convention treats as a form of forced or compulsory labour"),
    WorstForm("child_prostitution", "3(b)", "the use, procuring or offering of a child for prostitution",
              "using, procuring or offering a child for prostitution",
              "the use, procuring or offering of a child for prostitution"),
    WorstForm("child_pornography", "3(b)",
              "the use, procuring or offering of a child for pornography or pornographic performances",
              "using, procuring or offering a child for the production of pornography or for pornographic "
              "performances",
              "the use, procuring or offering of a child for the production of pornography or for "
              "pornographic performances"),
    WorstForm("child_illicit_activities", "3(c)",
              "the use, procuring or offering of a child for illicit activities such as drug production and "
              "trafficking",
              "using, procuring or offering a child for illicit activities (in particular the production and "
              "trafficking of drugs)",
              "the use, procuring or offering of a child for illicit activities, in particular for the "
              "production and trafficking of drugs as defined in the relevant international treaties"),
)

for _form in WORST_FORMS:
    C182.topic(f"{_form.topic}.prohibited_under", years(),
               f"the prohibition of {_form.meaning} protects persons under this age")
    C182.topic(f"{_form.topic}.penalty", enum("imprisonment", "fine", "none"),
               f"the heaviest penalty the law attaches to {_form.meaning}")
C182.topic("child_prostitution.protects", listof("girls", "boys"),
           "the children (girls, boys) whom the prohibition of child prostitution protects")
C182.topic("child_pornography.protects", listof("girls", "boys"),
           "the children (girls, boys) whom the prohibition of child pornography protects")
C182.topic("worst_forms.monitoring", boolean(),
           "mechanisms to monitor the provisions giving effect to the Convention are established or designated")
C182.topic("worst_forms.action_programme", boolean(),
           "a programme of action to eliminate the worst forms of child labour as a priority is adopted")


def _unprotected(stated) -> str:
    """The children a prohibition below 18 leaves out: "children aged 16 and 17 years"."""
    age = stated.number
    if age == 17:
        return "children aged 17 years"
    if age == 16:
        return "children aged 16 and 17 years"
    if isinstance(age, int) and age < 16:
        return f"children aged {age} to 17 years"
    return f"children between {stated.text} and 18 years of age"


def _worst_form_rules(form: WorstForm) -> None:
    """The three rules of VOCABULARY.md for one worst form: missing, age below 18, penalty too light."""
    prohibited, penalty = f"{form.topic}.prohibited_under", f"{form.topic}.penalty"

    @C182.rule(f"{form.slug}-missing", article=form.article, status="missing", kind="observation",
               when=[no_provision(prohibited)],
               checks=f"the legislation prohibits {form.crime} (Article {form.article})")
    def missing(f):
        f.noted(f"the legislation, as summarised, does not appear to contain a provision prohibiting "
                f"{form.crime}")
        f.recalled(f"the worst forms of child labour include {form.requirement}; under Articles 1 and 2, each "
                   f"Member must take immediate and effective measures to secure their prohibition and "
                   f"elimination, as a matter of urgency, for every person under 18 years of age")
        f.requested(f"indicate the provisions that prohibit, with respect to all persons under 18 years, "
                    f"{form.crime}, and that lay down penal sanctions for this offence or, failing that, to "
                    f"adopt such provisions as a matter of urgency")

    @C182.rule(f"{form.slug}-age-below-18", article=form.article, status="conflict", kind="observation",
               when=[provision(prohibited, value=below(18), as_="stated")],
               checks=f"the prohibition of {form.crime} protects every person under 18 (Articles 2 and "
                      f"{form.article})")
    def age_below_18(f, stated):
        f.cite(stated)
        f.fact(prohibited, stated.text)
        f.fact("required", "18 years")
        f.noted(f"{stated.phrase} prohibits {form.crime} only where the victim is under {stated.text}, so "
                f"that {_unprotected(stated)} fall outside its protection")
        f.recalled(f"the worst forms of child labour include {form.requirement}, and Article 2 defines a "
                   f"child as every person under 18 years of age; the prohibition must therefore protect all "
                   f"persons under that age")
        f.requested(f"take the necessary measures to amend {stated.phrase} so that the prohibition of "
                    f"{form.crime} protects all persons under 18 years, {APPLICATION}")

    @C182.rule(f"{form.slug}-penalty-too-light", article="7(1)", status="conflict", kind="observation",
               when=[provision(penalty, value=one_of("fine", "none"), as_="stated")],
               checks=f"{form.crime} is punished by dissuasive penal sanctions, not a fine alone "
                      f"(Article 7(1))")
    def penalty_too_light(f, stated):
        f.cite(stated)
        f.fact(penalty, stated.text)
        f.fact("required", "imprisonment")
        if stated.value == "fine":
            f.noted(f"the only penalty that {stated.phrase} lays down for {form.crime} is a fine")
            weak = "a fine alone does not meet this requirement"
        else:
            f.noted(f"{stated.phrase} lays down no penalty for {form.crime}")
            weak = "a prohibition without any penalty does not meet this requirement"
        f.recalled(f"each Member must take all necessary measures to ensure the effective implementation and "
                   f"enforcement of the provisions giving effect to the Convention, including the provision "
                   f"and application of penal sanctions; since {form.crime} is one of the worst forms of "
                   f"child labour, those sanctions must be sufficiently effective and dissuasive, and "
                   f"{weak}")
        f.requested(f"take the necessary measures to ensure that {form.crime} is punishable under "
                    f"{stated.phrase} by sufficiently effective and dissuasive penal sanctions, including "
                    f"imprisonment, {APPLICATION}")


def _protects_rule(form: WorstForm) -> None:
    """3(b): a prohibition that protects only girls (or only boys) leaves the other children out."""
    protects = f"{form.topic}.protects"

    @C182.rule(f"{form.slug}-boys-or-girls-unprotected", article=form.article, status="conflict",
               kind="observation",
               when=[provision(protects, value=lacks_any("girls", "boys"), as_="stated")],
               checks=f"the prohibition of {form.crime} protects girls and boys alike (Article {form.article})")
    def unprotected(f, stated):
        left_out = [child for child in ("girls", "boys") if child not in stated.value]
        f.cite(stated)
        f.fact(protects, stated.text)
        f.fact("required", "[girls, boys]")
        if len(left_out) == 1:
            victim = "a boy" if left_out == ["girls"] else "a girl"
            f.noted(f"{stated.phrase} prohibits {form.crime} only where the victim is {victim}, so that "
                    f"{left_out[0]} are left without protection")
        else:
            f.noted(f"the prohibition of {form.crime} in {stated.phrase} does not appear to extend to either "
                    f"girls or boys")
        f.recalled(f"the worst forms of child labour include {form.requirement}, and the prohibition must "
                   f"protect every child under 18 years of age, girls and boys alike")
        f.requested(f"take the necessary measures to amend {stated.phrase} so that its prohibition of "
                    f"{form.crime} also protects {listing(left_out)}, {APPLICATION}")


for _form in WORST_FORMS:
    _worst_form_rules(_form)
    if _form.article == "3(b)":  # prostitution and pornography also say whom they protect
        _protects_rule(_form)


HAZARDOUS_WORK = ("work which, by its nature or the circumstances in which it is carried out, is likely to "
                  "harm the health, safety or morals of children is one of the worst forms of child labour, "
                  "and it must be prohibited for all persons under 18 years")
HAZARDOUS_APPLICATION = ("and to provide information on the application of the provision in practice, "
                         "including the number of labour inspections carried out and of violations detected")


@C182.rule("hazardous-age-below-16", article="3(d)", status="conflict", kind="observation",
           when=[provision("minimum_age.hazardous", value=below(16), as_="stated")],
           checks="hazardous work is not permitted below 16 years under any condition")
def hazardous_age_below_16(f, stated):
    f.cite(stated)
    f.fact("minimum_age.hazardous", stated.text)
    f.fact("required", "18 years (16 years with the safeguards of Paragraph 4 of Recommendation No. 190)")
    f.noted(f"{stated.phrase} permits children to perform hazardous work from the age of {stated.text}")
    f.recalled(f"{HAZARDOUS_WORK}; Paragraph 4 of {R190_TITLE}, allows such work from the age of 16 years "
               f"only under strict conditions, and never below that age. The Committee notes that Article "
               f"3(1) of {C138_TITLE}, lays down the same requirement")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that no person under 18 years may "
                f"perform hazardous work, {HAZARDOUS_APPLICATION}")


@C182.rule("hazardous-from-16-without-safeguards", article="3(d)", status="conflict", kind="observation",
           when=[provision("minimum_age.hazardous", value=from_up_to(16, 18), as_="stated"),
                 no_provision("hazardous_work.safeguards_from_16", True)],
           checks="hazardous work from 16 is allowed only with full protection and specific training")
def hazardous_from_16_without_safeguards(f, stated):
    f.cite(stated)
    f.fact("minimum_age.hazardous", stated.text)
    said_no = f.cite_topic("hazardous_work.safeguards_from_16")
    f.noted(f"{stated.phrase} permits children to perform hazardous work from the age of {stated.text}, "
            + (f"and that {listing(p.phrase for p in said_no)} "
               f"{'do' if len(said_no) > 1 else 'does'} not guarantee"
               if said_no else "without any indication that the legislation guarantees")
            + " that their health, safety and morals are fully protected and that they receive adequate "
              "specific instruction or vocational training")
    f.recalled(f"{HAZARDOUS_WORK}; such work may be authorized from the age of 16 years only where the health, "
               f"safety and morals of the children concerned are fully protected and they have received "
               f"adequate specific instruction or vocational training in the relevant branch of activity, "
               f"as Paragraph 4 of {R190_TITLE}, provides. The Committee notes that Article 3(3) of "
               f"{C138_TITLE}, sets the same conditions")
    f.requested(f"take the necessary measures to ensure that children between 16 and 18 years may perform "
                f"the hazardous work allowed by {stated.phrase} only under these conditions, "
                f"{HAZARDOUS_APPLICATION}")


@C182.rule("hazardous-list-not-adopted", article="4(1)", status="missing", kind="observation",
           when=[no_provision("hazardous_work.list_adopted", True)],
           checks="the types of hazardous work are determined by law or by the competent authority")
def hazardous_list_not_adopted(f):
    f.note_lack("hazardous_work.list_adopted",
                said_no="the types of hazardous work prohibited to persons under 18 years have not yet "
                        "been determined",
                unstated="does not determine the types of work prohibited to persons under 18 years as "
                         "hazardous work under Article 3(d)")
    f.recalled(f"the types of work referred to in Article 3(d) must be determined by national laws or "
               f"regulations or by the competent authority, after consultation with the organizations of "
               f"employers and workers concerned and taking into consideration Paragraphs 3 and 4 of "
               f"{R190_TITLE}. The Committee notes that such a list would also give effect to Article 3(2) "
               f"of {C138_TITLE}")
    f.requested("adopt, after consultation with the organizations of employers and workers, a list of the "
                "types of hazardous work prohibited to persons under 18 years, taking into account the "
                "activities listed in Paragraph 3 of Recommendation No. 190, and to provide a copy of it "
                "once adopted")


@C182.rule("monitoring-mechanism-missing", article="5", status="missing", kind="direct_request",
           when=[no_provision("worst_forms.monitoring", True)],
           checks="mechanisms are established or designated to monitor the provisions giving effect to the "
                  "Convention")
def monitoring_mechanism_missing(f):
    f.note_lack("worst_forms.monitoring",
                said_no="no mechanism has been established or designated to monitor the implementation of "
                        "the provisions giving effect to the Convention",
                unstated="does not appear to establish or designate any mechanism to monitor the "
                         "implementation of the provisions giving effect to the Convention")
    f.recalled("each Member must, after consultation with the organizations of employers and workers, "
               "establish or designate appropriate mechanisms to monitor the implementation of the "
               "provisions giving effect to the Convention")
    f.requested("indicate the mechanisms established or designated to monitor the implementation of the "
                "provisions giving effect to the Convention, such as the labour inspectorate, specialized "
                "police units or child protection services, or, failing that, to establish them, and to "
                "provide information on their activities, including the number and nature of the "
                "violations detected")


@C182.rule("action-programme-missing", article="6", status="missing", kind="direct_request",
           when=[no_provision("worst_forms.action_programme", True)],
           checks="a programme of action to eliminate the worst forms of child labour as a priority exists")
def action_programme_missing(f):
    f.note_lack("worst_forms.action_programme",
                said_no="no programme of action to eliminate the worst forms of child labour has been "
                        "adopted",
                unstated="does not refer to any programme of action to eliminate the worst forms of child "
                         "labour")
    f.recalled("each Member must design and implement programmes of action to eliminate the worst forms of "
               "child labour as a priority, in consultation with the relevant government institutions and "
               "the organizations of employers and workers, taking into consideration the views of other "
               "concerned groups as appropriate")
    f.requested("indicate whether a programme of action to eliminate the worst forms of child labour has "
                "been designed and implemented and, if not, to take the necessary measures to adopt one, in "
                "consultation with the organizations of employers and workers, and to provide information on "
                "the measures taken under it and the results achieved")
