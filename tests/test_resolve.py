"""Resolution works on mentions and extractions alone: no NLP here."""
from __future__ import annotations

from kg.model import Article, Extraction, Mention, Provenance
from kg.resolve import Resolver, slug

ARTICLE = Article(id="a.txt", text="x" * 400)


def person(name, start):
    return Mention(name, start, start + len(name), "Person", name=name)


def prov():
    return Provenance(article="a.txt", sentence="s", span=(0, 1), rule="test.v1", confidence=0.9)


def test_surname_joins_full_name_introduced_before_it():
    full, short = person("Vladimir Putin", 0), person("Putin", 100)
    other = person("Emomali Rahmon", 20)
    x = Extraction(short, "met", other, prov())
    result = Resolver().resolve(ARTICLE, [x], [full, other, short])
    (relation,) = result.relations
    assert relation.subject.label == "Vladimir Putin"
    assert relation.subject.id.endswith("/person/vladimir-putin")
    assert "Putin" in relation.subject.aliases


def test_surname_before_a_relative_is_not_merged_into_the_relative():
    president, wife = person("Reagan", 0), person("Nancy Reagan", 200)
    x = Extraction(president, "met", person("Helmut Kohl", 50), prov())
    result = Resolver().resolve(ARTICLE, [x], [president, wife])
    assert result.relations[0].subject.label == "Reagan"


def test_acronym_joins_long_form_and_countries_use_iso_codes():
    long_form = Mention("Collective Security Treaty Organisation", 0, 40, "Organization",
                        name="Collective Security Treaty Organisation")
    acronym = Mention("CSTO", 100, 104, "Organization", name="CSTO")
    country = Mention("Russian", 200, 207, "Country", kind="demonym", name="Russia", code="RUS")
    x = Extraction(country, "memberOf", acronym, prov())
    result = Resolver().resolve(ARTICLE, [x], [long_form, acronym])
    (relation,) = result.relations
    assert relation.subject.id.endswith("/country/RUS") and relation.subject.label == "Russia"
    assert relation.object.label == "Collective Security Treaty Organization"


def org(name, start):
    return Mention(name, start, start + len(name), "Organization", name=name)


def test_a_company_short_name_joins_the_one_company_it_begins():
    full, short, other = org("MCI Communications Corp", 0), org("MCI", 100), org("AT&T", 150)
    x = Extraction(short, "criticized", other, prov())
    (relation,) = Resolver().resolve(ARTICLE, [x], [full, short, other]).relations
    assert relation.subject.label == "MCI Communications Corp"


def test_a_short_name_two_companies_begin_stays_apart_and_a_body_is_no_company():
    parent, subsidiary, short = org("Versatile Corp", 0), org("Versatile Pacific Shipyards Inc", 40), org("Versatile", 100)
    body, acronym = org("UN Security Council", 150), org("UN", 200)
    result = Resolver().resolve(ARTICLE, [Extraction(short, "criticized", acronym, prov())],
                                [parent, subsidiary, short, body, acronym])
    (relation,) = result.relations
    assert relation.subject.label == "Versatile" and relation.object.label != "UN Security Council"


def test_a_name_that_leaves_out_middle_words_joins_the_one_fuller_name():
    full, short, other = org("Iranian Expediency Discernment Council", 0), org("Expediency Council", 100), org(
        "National Security Council", 150)
    short_generic = org("National Council", 200)
    result = Resolver().resolve(ARTICLE, [Extraction(short, "criticized", short_generic, prov())],
                                [full, short, other, short_generic])
    (relation,) = result.relations
    assert relation.subject.label == "Iranian Expediency Discernment Council"
    assert relation.object.label == "National Council"


def test_reference_expands_to_its_antecedents_and_never_becomes_a_node():
    a, b = Mention("Armenia", 0, 7, "Country", name="Armenia", code="ARM"), Mention(
        "Belarus", 10, 17, "Country", name="Belarus", code="BLR")
    group = Mention("the leaders", 50, 61, "Person", kind="group", antecedents=(a, b))
    statement = Mention("a statement", 70, 81, "Document", kind="nominal", name="statement", event_class="Statement")
    unresolved = Mention("he", 90, 92, "Person", kind="pronoun")
    result = Resolver().resolve(ARTICLE, [Extraction(group, "signed", statement, prov()),
                                          Extraction(unresolved, "signed", statement, prov())])
    assert sorted(r.subject.label for r in result.relations) == ["Armenia", "Belarus"]
    assert all(e.label not in ("the leaders", "he") for e in result.entities)


def test_symmetric_relations_are_kept_once():
    a, b = person("Vladimir Putin", 0), person("Emomali Rahmon", 30)
    result = Resolver().resolve(ARTICLE, [Extraction(a, "met", b, prov()), Extraction(b, "met", a, prov())])
    assert len(result.relations) == 1


def test_run_level_memory_links_a_surname_to_a_full_name_of_an_earlier_article():
    resolver = Resolver()
    resolver.resolve(ARTICLE, [], [person("Recep Tayyip Erdogan", 0), person("Erdogan", 50)])
    later = Article(id="b.txt", text="x" * 100)
    x = Extraction(person("Erdogan", 0), "criticized", Mention("Israel", 20, 26, "Country", name="Israel",
                                                                    code="ISR"), prov())
    assert resolver.resolve(later, [x]).relations[0].subject.label == "Recep Tayyip Erdogan"


def test_slug_is_ascii_and_stable():
    assert slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"


def test_run_level_memory_needs_the_surname_used_alone_for_that_person():
    resolver = Resolver()
    resolver.resolve(ARTICLE, [], [person("Nancy Reagan", 0)])
    later = Article(id="b.txt", text="x" * 100)
    x = Extraction(person("Reagan", 0), "met", person("Yasuhiro Nakasone", 20), prov())
    assert resolver.resolve(later, [x]).relations[0].subject.label == "Reagan"


def test_a_one_word_name_joins_the_one_longer_name_it_ends_or_begins(extract_text):
    result = extract_text("The European Commission criticized Google. Commission officials also criticized Apple. "
                          "President Donald Trump met John R. Bolton on Monday. Trump praised John for his service.",
                          full=True)
    bodies = {r.subject.id for r in result.relations if r.predicate == "criticized"}
    assert bodies == {"https://w3id.org/dipkg/id/organization/european-commission"}, bodies
    people = {r.object.id for r in result.relations if r.predicate in ("met", "supported")}
    assert people == {"https://w3id.org/dipkg/id/person/john-r-bolton"}, people


def event(name, start, cls="Conference"):
    return Mention(name, start, start + len(name), "Event", kind="nominal", name=name, event_class=cls)


def test_events_of_one_head_word_are_told_apart_by_their_modifiers():
    paris, news = event("February monetary conference", 0), event("news conference", 100)
    bare, venice = event("conference", 200), event("Venice summit", 250, "Summit")
    june = event("June Venice summit", 300, "Summit")
    speaker = person("Gerhard Stoltenberg", 50)
    extractions = [Extraction(speaker, "attended", m, prov()) for m in (paris, news, bare, venice, june)]
    result = Resolver().resolve(ARTICLE, extractions, [paris, news, bare, venice, june, speaker])
    attended = {r.object.label for r in result.relations}
    # the bare "conference" is the last one named; "June Venice summit" is "Venice summit"
    assert attended == {"February monetary conference", "news conference", "Venice summit"}, attended


def test_a_spanish_name_shortened_to_its_first_surname_joins_the_full_name():
    full, short = person("Alejandro Martinez Cuenca", 0), person("Martinez", 100)
    other = person("Nigel Lawson", 40)
    x = Extraction(short, "met", other, prov())
    result = Resolver().resolve(ARTICLE, [x], [full, other, short])
    (relation,) = result.relations
    assert relation.subject.label == "Alejandro Martinez Cuenca"
