"""C138 Minimum Age Convention, 1973: the rules of VOCABULARY.md, in the Committee's voice.

The general minimum age must reach the age declared on ratification and the floor of Article 2(3)
(15, or 14 under the Article 2(4) option); hazardous work waits until 18 (16 with the safeguards
of Article 3(3)); light work has its own floor (13, or 12 under the option) and needs its
activities determined; and the law must carry penalties and registers.
"""
from normgap.rules import (
    Convention, act, below, boolean, categories, declared, from_up_to, listing, no_provision, nonempty,
    category, provision, where, years,
)

C138 = Convention(
    "C138", "Minimum Age Convention, 1973 (No. 138)",
    articles={
        "1": "National policy",
        "2(1)": "Minimum age for admission to employment or work",
        "2(3)": "Minimum age and compulsory schooling",
        "3(1)": "Minimum age for hazardous work",
        "3(2)": "Determination of hazardous types of work",
        "3(3)": "Hazardous work from 16 years",
        "4": "Exclusion of limited categories",
        "5": "Limitation of the scope of application",
        "6": "Apprenticeship and vocational training",
        "7(1)": "Light work",
        "7(3)": "Determination of light work activities",
        "7(4)": "Light work under Article 2(4)",
        "8": "Artistic performances",
        "9(1)": "Penalties",
        "9(3)": "Registers",
    },
)

C138.declaration("minimum_age", years(), "minimum age specified on ratification (the latest declared "
                 "under Article 2(2))", article="2(1)")
C138.declaration("developing_country_option", boolean(), "the Article 2(4) option of an initial "
                 "minimum age of 14 is used", article="2(4)", default=False)
C138.declaration("limited_scope", boolean(), "the scope of application is limited under Article 5",
                 article="5", default=False)
C138.declaration("excluded_categories", categories(), "categories of employment or work excluded "
                 "under Article 4", article="4", default=())

C138.topic("minimum_age.general", years(), "minimum age for admission to employment or work")
C138.topic("light_work.minimum_age", years(), "age from which light work is permitted")
C138.topic("light_work.activities_determined", boolean(),
           "the competent authority has determined the light work activities and their hours and conditions")
C138.topic("compulsory_education.end_age", years(), "age at which compulsory schooling ends")
C138.topic("apprenticeship.minimum_age", years(), "minimum age for apprenticeship in undertakings")
C138.topic("minimum_age.penalties", boolean(), "penalties are laid down for breaches of the minimum age provisions")
C138.topic("young_workers.register", boolean(), "employers must keep registers of workers under 18")

APPLICATION = ("and to provide information on the application of the provision in practice, including "
               "the number of inspections carried out and of violations detected")


def _floor(option) -> int:
    return 14 if option.value else 15


@C138.rule("general-age-missing", article="2(1)", status="missing", kind="observation",
           when=[no_provision("minimum_age.general")],
           checks="the legislation sets a general minimum age for admission to employment or work")
def general_age_missing(f):
    f.noted("the legislation, as summarised, does not appear to set a general minimum age for "
            "admission to employment or work")
    f.recalled("each ratifying State specifies a minimum age for admission to employment or work, and no "
               "one under that age may be admitted to employment or work in any occupation")
    f.requested("indicate the provisions that set the minimum age for admission to employment or work "
                "or, failing that, to adopt them")


@C138.rule("general-age-below-declared", article="2(1)", status="conflict", kind="observation",
           when=[provision("minimum_age.general", as_="stated"),
                 declared("minimum_age", as_="specified"),
                 where(lambda stated, specified: stated.number < specified.value,
                       "the age stated is below the minimum age specified on ratification", better="higher")],
           checks="the general minimum age is not lower than the age specified on ratification")
def general_age_below_declared(f, stated, specified):
    f.cite(stated)
    f.fact("minimum_age.general", stated.text)
    f.fact("declared minimum_age", specified.text)
    f.noted(f"{stated.phrase} sets the minimum age for admission to employment or work at {stated.text}, "
            f"whereas the Government specified a minimum age of {specified.text} upon ratification")
    f.recalled("the minimum age specified upon ratification applies to employment or work in any "
               "occupation, and no one under that age may be admitted to employment or work")
    f.requested(f"take the necessary measures to bring {stated.phrase} into "
                f"conformity with the minimum age of {specified.text} specified upon ratification")


@C138.rule("general-age-below-floor", article="2(3)", status="conflict", kind="observation",
           when=[provision("minimum_age.general", as_="stated"),
                 declared("developing_country_option", as_="option"),
                 where(lambda stated, option: stated.number < _floor(option),
                       "the age stated is below 15 years (14 years when the option is declared)", better="higher")],
           checks="the general minimum age is at least 15 (14 under the Article 2(4) option)")
def general_age_below_floor(f, stated, option):
    floor = _floor(option)
    f.cite(stated)
    f.fact("minimum_age.general", stated.text)
    f.fact("floor", f"{floor} years")
    f.fact("declared developing_country_option", option.text)
    f.noted(f"{stated.phrase} sets the minimum age for admission to employment or work at {stated.text}")
    if option.value:
        f.recalled("the minimum age may not be lower than 15 years; a member whose economy and educational "
                   "facilities are insufficiently developed may, under Article 2(4), initially specify "
                   "14 years, but no lower age")
    else:
        f.recalled("the minimum age may not be lower than 15 years, the lower age of 14 years being open "
                   "only to members that have availed themselves of Article 2(4) upon ratification")
    f.requested(f"take the necessary measures to raise the minimum age set in {stated.phrase} to at least {floor} years")


@C138.rule("general-age-below-school-leaving", article="2(3)", status="conflict", kind="direct_request",
           when=[provision("minimum_age.general", as_="stated"),
                 provision("compulsory_education.end_age", as_="school"),
                 where(lambda stated, school: stated.number < school.number,
                       "the age stated is below the school-leaving age", better="higher")],
           checks="the general minimum age is not lower than the age at which compulsory schooling ends")
def general_age_below_school_leaving(f, stated, school):
    f.cite(stated, school)
    f.fact("minimum_age.general", stated.text)
    f.fact("compulsory_education.end_age", school.text)
    f.noted(f"{stated.phrase} sets the minimum age for admission to employment or work at {stated.text}, "
            f"while under {school.phrase} compulsory schooling ends at {school.text}")
    f.recalled("the minimum age for admission to employment or work may not be lower than the age at "
               "which compulsory schooling ends, so that children are not drawn into work while they "
               "are still required to attend school")
    f.requested(f"take the necessary measures to align the minimum age set in {stated.phrase} with the age of completion of compulsory schooling ({school.text})")


@C138.rule("school-leaving-age-missing", article="2(3)", status="missing", kind="direct_request",
           when=[no_provision("compulsory_education.end_age")],
           checks="the legislation states the age at which compulsory schooling ends")
def school_leaving_age_missing(f):
    f.noted("the legislation, as summarised, does not indicate the age at which compulsory schooling ends")
    f.recalled("the minimum age for admission to employment or work may not be lower than the age at "
               "which compulsory schooling ends")
    f.requested("indicate the age at which compulsory schooling ends and the provisions that set it")


@C138.rule("scope-exclusion-not-declared", article="2(1)", status="conflict", kind="observation",
           when=[provision("minimum_age.general", as_="stated"),
                 act(of="stated", excludes=nonempty(), as_="source"),
                 declared("excluded_categories", as_="declared_exclusions")],
           checks="the acts setting the minimum age leave no category of work uncovered that was not "
                  "excluded under Article 4")
def scope_exclusion_not_declared(f, stated, source, declared_exclusions):
    uncovered = f.uncovered(source, "minimum_age.general", allowed=declared_exclusions.value)
    if not uncovered:
        f.drop()
        return
    f.cite(*source.exclusions)
    f.fact("scope.excludes", "[" + ", ".join(uncovered) + "]")
    f.measure_items("scope.excludes", len(uncovered), "categories of workers without a minimum age")
    f.fact("declared excluded_categories", declared_exclusions.text)
    f.noted(f"the {source.name}, which sets the minimum age for admission to employment or work in "
            f"{stated.place}, does not apply to {listing(category(c) for c in uncovered)} "
            f"({listing(p.phrase for p in source.exclusions)}), and that no other provision in force "
            f"sets a minimum age for {'these categories' if len(uncovered) > 1 else 'this category'}")
    f.recalled("the minimum age applies to employment or work in any occupation, in all branches of "
               "economic activity, whether or not it is performed under a contract of employment, "
               "self-employment and domestic work included; only limited categories excluded under "
               "Article 4, after consultation and as listed in the first report, may be left out")
    f.requested(f"take the necessary measures to ensure that the minimum age of admission to employment "
                f"or work applies to {listing(category(c) for c in uncovered)}, "
                f"{APPLICATION}")


@C138.rule("hazardous-age-missing", article="3(1)", status="missing", kind="observation",
           when=[no_provision("minimum_age.hazardous")],
           checks="the legislation sets a minimum age for hazardous work")
def hazardous_age_missing(f):
    f.noted("the legislation, as summarised, does not appear to set a minimum age for admission to "
            "work likely to jeopardize the health, safety or morals of young persons")
    f.recalled("the minimum age for admission to any type of employment or work which by its nature or "
               "the circumstances in which it is carried out is likely to jeopardize the health, safety "
               "or morals of young persons may not be less than 18 years. The Committee notes that the "
               "same requirement arises under Article 3(d) of the Worst Forms of Child Labour Convention, "
               "1999 (No. 182)")
    f.requested("indicate the provisions that prohibit hazardous work for persons under 18 years or, "
                "failing that, to adopt them")


@C138.rule("hazardous-age-below-16", article="3(1)", status="conflict", kind="observation",
           when=[provision("minimum_age.hazardous", value=below(16), as_="stated")],
           checks="the minimum age for hazardous work is not lower than 16 under any condition")
def hazardous_age_below_16(f, stated):
    f.cite(stated)
    f.fact("minimum_age.hazardous", stated.text)
    f.fact("required", "18 years (16 years with the safeguards of Article 3(3))")
    f.noted(f"{stated.phrase} permits young persons to perform hazardous work from the age of {stated.text}")
    f.recalled("the minimum age for hazardous work may not be less than 18 years, and may be lowered to "
               "16 years only under the strict conditions of Article 3(3); the same requirement arises "
               "under Article 3(d) of the Worst Forms of Child Labour Convention, 1999 (No. 182)")
    f.requested(f"take the necessary measures to amend {stated.phrase} so that no "
                f"person under 18 years may perform hazardous work")


@C138.rule("hazardous-from-16-without-safeguards", article="3(3)", status="conflict", kind="observation",
           when=[provision("minimum_age.hazardous", value=from_up_to(16, 18), as_="stated"),
                 no_provision("hazardous_work.safeguards_from_16", True)],
           checks="hazardous work from 16 is allowed only with full protection and specific training")
def hazardous_from_16_without_safeguards(f, stated):
    f.cite(stated)
    f.fact("minimum_age.hazardous", stated.text)
    said_no = f.cite_topic("hazardous_work.safeguards_from_16")
    f.noted(f"{stated.phrase} permits young persons to perform hazardous work from the age of "
            f"{stated.text}, without " + ("guaranteeing" if said_no else "any indication that it guarantees")
            + " that their health, safety and morals are fully protected and that they receive adequate "
              "specific instruction or vocational training")
    f.recalled("hazardous work may be authorized from the age of 16 years only after consultation with "
               "the organizations of employers and workers, and only on condition that the health, safety "
               "and morals of the young persons concerned are fully protected and that they have received "
               "adequate specific instruction or vocational training in the relevant branch of activity")
    f.requested(f"take the necessary measures to ensure that young persons between 16 and 18 years may "
                f"perform the work allowed by {stated.phrase} only under these "
                f"conditions")


@C138.rule("hazardous-list-not-adopted", article="3(2)", status="missing", kind="observation",
           when=[no_provision("hazardous_work.list_adopted", True)],
           checks="the types of hazardous work are determined by law or by the competent authority")
def hazardous_list_not_adopted(f):
    f.note_lack("hazardous_work.list_adopted",
                said_no="the types of hazardous work prohibited to persons under 18 years have not yet "
                        "been determined",
                unstated="does not determine the types of employment or work prohibited to persons under "
                         "18 years as hazardous")
    f.recalled("the types of employment or work to which the prohibition of hazardous work applies must "
               "be determined by national laws or regulations or by the competent authority, after "
               "consultation with the organizations of employers and workers. The Committee notes that a "
               "list determined under Article 4(1) of the Worst Forms of Child Labour Convention, 1999 "
               "(No. 182) would serve both Conventions")
    f.requested("adopt, after consultation with the organizations of employers and workers, a list of the "
                "types of hazardous work prohibited to persons under 18 years, and to provide a copy of it "
                "once adopted")


@C138.rule("light-work-age-below-13", article="7(1)", status="conflict", kind="observation",
           when=[provision("light_work.minimum_age", value=below(13), as_="stated"),
                 declared("developing_country_option", False)],
           checks="light work is not permitted below 13 years")
def light_work_age_below_13(f, stated):
    f.cite(stated)
    f.fact("light_work.minimum_age", stated.text)
    f.fact("light work floor", "13 years")
    f.noted(f"{stated.phrase} permits children to perform light work from the age of {stated.text}")
    f.recalled("national laws may permit light work only by persons of 13 to 15 years of age, and only "
               "where it is not likely to harm their health or development nor prejudice their attendance "
               "at school or their capacity to benefit from instruction")
    f.requested(f"take the necessary measures to raise to 13 years the minimum age for light work set in "
                f"{stated.phrase}")


@C138.rule("light-work-age-below-12", article="7(4)", status="conflict", kind="observation",
           when=[provision("light_work.minimum_age", value=below(12), as_="stated"),
                 declared("developing_country_option", True)],
           checks="under the Article 2(4) option, light work is not permitted below 12 years")
def light_work_age_below_12(f, stated):
    f.cite(stated)
    f.fact("light_work.minimum_age", stated.text)
    f.fact("light work floor", "12 years (Article 2(4) option declared)")
    f.noted(f"{stated.phrase} permits children to perform light work from the age of {stated.text}")
    f.recalled("a member that has specified a minimum age of 14 years under Article 2(4) may permit light "
               "work from the age of 12 years, and from no earlier age")
    f.requested(f"take the necessary measures to raise to at least 12 years the minimum age for light work "
                f"set in {stated.phrase}")


@C138.rule("light-work-activities-undetermined", article="7(3)", status="missing", kind="direct_request",
           when=[provision("light_work.minimum_age", as_="stated"),
                 no_provision("light_work.activities_determined", True)],
           checks="where light work is permitted, its activities, hours and conditions are determined")
def light_work_activities_undetermined(f, stated):
    f.cite(stated)
    f.fact("light_work.minimum_age", stated.text)
    said_no = f.cite_topic("light_work.activities_determined")
    undetermined = ("have not been determined" if said_no
                    else "do not appear to have been determined")
    f.noted(f"{stated.phrase} permits light work from the age of {stated.text}, but that the activities in "
            f"which it may be permitted, and the hours and conditions of such work, {undetermined}"
            + (f" ({listing(p.phrase for p in said_no)})" if said_no else ""))
    f.recalled("the competent authority shall determine the activities in which light work may be "
               "permitted and prescribe the number of hours during which and the conditions in which it "
               "may be undertaken")
    f.requested("indicate whether the competent authority has determined the light work activities and "
                "prescribed their hours and conditions and, if not, to take the necessary measures to do so")


@C138.rule("apprenticeship-age-below-14", article="6", status="conflict", kind="direct_request",
           when=[provision("apprenticeship.minimum_age", value=below(14), as_="stated")],
           checks="apprenticeship in undertakings is not open below 14 years")
def apprenticeship_age_below_14(f, stated):
    f.cite(stated)
    f.fact("apprenticeship.minimum_age", stated.text)
    f.fact("required", "14 years")
    f.noted(f"{stated.phrase} allows persons to undertake apprenticeship from the age of {stated.text}")
    f.recalled("work done in undertakings as part of an apprenticeship or training programme falls "
               "outside the Convention only where it is done by persons of at least 14 years of age")
    f.requested(f"take the necessary measures to raise to 14 years the minimum age for apprenticeship "
                f"set in {stated.phrase}")


@C138.rule("penalties-missing", article="9(1)", status="missing", kind="direct_request",
           when=[no_provision("minimum_age.penalties", True)],
           checks="penalties are laid down for breaches of the minimum age provisions")
def penalties_missing(f):
    f.note_lack("minimum_age.penalties",
                said_no="no penalties are laid down for breaches of the provisions giving effect to the "
                        "Convention",
                unstated="does not appear to lay down penalties for breaches of the provisions giving "
                         "effect to the Convention")
    f.recalled("the competent authority shall take all necessary measures, including appropriate "
               "penalties, to ensure the effective enforcement of the provisions giving effect to the "
               "Convention")
    f.requested(f"indicate the penalties applicable to violations of the minimum age provisions or, failing "
                f"that, to adopt them, {APPLICATION}")


@C138.rule("register-missing", article="9(3)", status="missing", kind="direct_request",
           when=[no_provision("young_workers.register", True)],
           checks="employers keep registers of the persons under 18 whom they employ")
def register_missing(f):
    f.note_lack("young_workers.register",
                said_no="employers are not required to keep registers of the persons under 18 years whom "
                        "they employ",
                unstated="does not appear to require employers to keep registers of the persons under 18 "
                         "years whom they employ")
    f.recalled("national laws or the competent authority shall prescribe the registers or other documents "
               "which the employer shall keep, containing the names and ages or dates of birth of the "
               "persons under 18 years whom the employer employs")
    f.requested("indicate the provisions that require employers to keep such registers or, failing that, "
                "to adopt them")
