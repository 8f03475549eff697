"""Extraction rules, end to end on the real pipeline: a table of sentence -> expected relations.

Each case says what must be found and what must not. Labels are canonical entity labels
after resolution (the article date is 2022-05-17 unless given).
"""
from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import SEED, SHARED

CASES = [
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday.",
     {("Vladimir Putin", "met", "Xi Jinping"), ("Vladimir Putin", "leaderOf", "Russia"),
      ("Xi Jinping", "leaderOf", "China")}, set()),
    ("Iran was condemned by the United Nations on Tuesday.", {("United Nations", "criticized", "Iran")}, set()),
    ("Germany and France signed an agreement on energy cooperation.",
     {("Germany", "signed", "agreement"), ("France", "signed", "agreement")}, set()),
    ("The United States imposed sanctions on North Korea.", {("United States", "sanctioned", "North Korea")}, set()),
    ("Turkish President Recep Tayyip Erdogan slammed Israel on Wednesday.",
     {("Recep Tayyip Erdogan", "criticized", "Israel"), ("Recep Tayyip Erdogan", "leaderOf", "Turkey")}, set()),
    ("Japan called on China to release the detained diplomats.", {("Japan", "requested", "China")}, set()),
    ("Sergei Lavrov, Russia's foreign minister, spoke with Antony Blinken by phone on Friday.",
     {("Sergei Lavrov", "officialOf", "Russia"), ("Sergei Lavrov", "spokeWith", "Antony Blinken")}, set()),
    ("French President Emmanuel Macron arrived in Berlin on Monday. He met German Chancellor Olaf Scholz.",
     {("Emmanuel Macron", "met", "Olaf Scholz"), ("Olaf Scholz", "leaderOf", "Germany")}, set()),
    ("French President Emmanuel Macron criticized Russia. The French leader also praised Ukraine.",
     {("Emmanuel Macron", "supported", "Ukraine")}, {("France", "supported", "Ukraine")}),
    ("Israeli warplanes struck Hamas targets in Gaza.", {("Israel", "attacked", "Hamas")}, set()),
    ("Tajikistan's key trading partner is Russia.", {("Russia", "tradePartnerOf", "Tajikistan")}, set()),
    ("Israel and Hamas agreed to a four-day truce.", {("Israel", "agreedTo", "Hamas")}, set()),
    ("Chinese officials rebuked Japan on Thursday.", {("China", "criticized", "Japan")}, set()),
    ("North Korea said on Tuesday it had agreed to hold talks with the United States.",
     {("North Korea", "agreedTo", "United States")}, set()),
    ("The Kremlin held a summit of the Collective Security Treaty Organization (CSTO).",
     {("Kremlin", "held", "summit")}, set()),
    # A national office without a country belongs to the country the sentence spoke of, not to a destination.
    ("The Nigerian team, headed by Finance Minister Che Okongwu, will visit France.",
     {("Che Okongwu", "officialOf", "Nigeria")}, set()),
    ("Japanese Prime Minister Yasuhiro Nakasone will visit the United States, Chief Cabinet Secretary Masaharu Gotoda"
     " said.", {("Yasuhiro Nakasone", "leaderOf", "Japan"), ("Masaharu Gotoda", "officialOf", "Japan")},
     {("Masaharu Gotoda", "officialOf", "United States")}),
    # ... else to the country of the offices named in the sentences just before, when they agree.
    ("Canadian Prime Minister Brian Mulroney praised the plan. Environment Minister Tom McMillan said it was a step.",
     {("Tom McMillan", "officialOf", "Canada")}, set()),
    ("Thai Prime Minister Prem Tinsulanonda spoke. Mining Minister Jaime Villalobos said in La Paz that Bolivia"
     " would export tin.", {("Prem Tinsulanonda", "leaderOf", "Thailand")},
     {("Jaime Villalobos", "officialOf", "Thailand")}),
    # Offices of two countries just before leave the question to the story's first country.
    ("Canadian Prime Minister Brian Mulroney met U.S. President Ronald Reagan. Environment Minister Tom McMillan spoke.",
     {("Brian Mulroney", "met", "Ronald Reagan"), ("Tom McMillan", "officialOf", "Canada")},
     {("Tom McMillan", "officialOf", "United States")}),
    ("Britain will press Japan to open its markets. Japanese officials rejected the demand. Corporate Affairs"
     " Minister Michael Howard said the talks would go on.", {("Michael Howard", "officialOf", "United Kingdom")},
     {("Michael Howard", "officialOf", "Japan")}),
    # A person "of" an organisation is its official, of a party its member; a reporter of a medium is neither.
    ("Kenneth Roth of Human Rights Watch criticized the ruling.",
     {("Kenneth Roth", "officialOf", "Human Rights Watch")}, set()),
    ("Joanna Cherry of the Scottish National Party petitioned the court.",
     {("Joanna Cherry", "memberOf", "Scottish National Party")},
     {("Joanna Cherry", "officialOf", "Scottish National Party")}),
    ("Speaking to Martin Smith of PBS, Kenneth Roth of Human Rights Watch said he was worried.",
     {("Kenneth Roth", "officialOf", "Human Rights Watch")}, {("Martin Smith", "officialOf", "PBS")}),
    # An analyst of a company is a source, not an official.
    ("Analyst David Healy of Drexel Burnham Lambert Inc said France criticized Italy.",
     {("France", "criticized", "Italy")}, {("David Healy", "officialOf", "Drexel Burnham Lambert Inc")}),
    # A plural title over coordinated names gives each the title.
    ("Republican Senators Marco Rubio of Florida and Mike Lee of Utah co-sponsored the amendment.",
     {("Marco Rubio", "officialOf", "United States"), ("Mike Lee", "officialOf", "United States")}, set()),
    # Who heads an organisation leads it; who heads a country's team is its official.
    ("Maynard Glitman, who heads the American team, met the Soviet team headed by Lem Masterkov.",
     {("Maynard Glitman", "officialOf", "United States"), ("Lem Masterkov", "officialOf", "Soviet Union")},
     {("Maynard Glitman", "leaderOf", "United States"), ("Lem Masterkov", "leaderOf", "Soviet Union")}),
    ("As Attorney General, William Barr leads the Department of Justice.",
     {("William Barr", "leaderOf", "Justice Department")}, set()),
    # The title's place run into the name by NER, the name as the object of "from" or "of".
    ("United States Senator from Vermont Bernie Sanders endorsed Joe Biden.",
     {("Bernie Sanders", "officialOf", "United States"), ("Bernie Sanders", "supported", "Joe Biden")}, set()),
    ("Chief Executive of Hong Kong Carrie Lam met Boris Johnson in London.",
     {("Carrie Lam", "leaderOf", "Hong Kong"), ("Carrie Lam", "met", "Boris Johnson")}, set()),
    # The head of a country's part leads the part, no country; a mayor is the city's official.
    ("First Minister of Scotland Nicola Sturgeon criticized Boris Johnson.",
     {("Nicola Sturgeon", "criticized", "Boris Johnson"), ("Nicola Sturgeon", "leaderOf", "Scotland")},
     {("Nicola Sturgeon", "leaderOf", "United Kingdom"), ("Nicola Sturgeon", "officialOf", "United Kingdom")}),
    # A body that names its country makes its spokesperson that country's official.
    ("Deputy State Department spokeswoman Phyllis Oakley criticized Iran.",
     {("Phyllis Oakley", "officialOf", "United States"), ("Phyllis Oakley", "criticized", "Iran")}, set()),
    # An attack on a proceeding or a document is criticism; on a country, an attack.
    ("Senator Ted Cruz attacked the impeachment inquiry, and Russia attacked Ukraine.",
     {("Ted Cruz", "criticized", "impeachment inquiry"), ("Russia", "attacked", "Ukraine")},
     {("Ted Cruz", "attacked", "impeachment inquiry"), ("Russia", "criticized", "Ukraine")}),
    # A group named by its members: "four countries, including ...".
    ("Kuwait has asked four countries, including the United States and Britain, to escort its tankers.",
     {("Kuwait", "requested", "United States"), ("Kuwait", "requested", "United Kingdom")}, set()),
    # One calls a meeting or an election, not an investigation: that is a judgement of it.
    ("Iran called a meeting of OPEC ministers, and Trump called the impeachment inquiry a witch hunt.",
     {("Iran", "held", "meeting")}, {("Donald Trump", "held", "impeachment inquiry")}),
    # A topic of discussion is a node of its own; people spoken to are no topic.
    ("Finance Minister Dilson Funaro discussed Third World debt, then addressed reporters in Bonn.",
     {("Dilson Funaro", "discussed", "Third World debt")}, {("Dilson Funaro", "discussed", "reporters")}),
    ("Geoffrey Howe and George Shultz will discuss the growing crisis in trade relations with Japan.",
     {("Geoffrey Howe", "discussed", "Japan"), ("George Shultz", "discussed", "Japan")}, set()),
    ("Vladimir Putin met Kassym-Jomart Tokayev to discuss a variety of topics in Kazakhstan.",
     {("Vladimir Putin", "met", "Kassym-Jomart Tokayev")}, {("Vladimir Putin", "discussed", "Kazakhstan")}),
    # Attitudes stated with an adjective or a feeling: pleased with, regretted, frustration with.
    ("Canada was pleased with the U.S. decision, but the Netherlands regretted West German opposition.",
     {("Canada", "supported", "United States"), ("Netherlands", "criticized", "Germany")}, set()),
    ("Kenyan President Uhuru Kenyatta appealed for more U.S. investment in Kenya.",
     {("Uhuru Kenyatta", "requested", "United States")}, set()),
    # A recommendation is a request only when an action is recommended to someone.
    ("Analyst Philip Fricke is recommending GM stock, and Lawson recommended Brazil to seek IMF help.",
     {("Lawson", "requested", "Brazil")}, {("Philip Fricke", "requested", "General Motors")}),
    # A speaker who says an actor did wrong accuses it; a denial or "break out" is no accusation.
    ("\"Washington violated the accord,\" Iran said, and Japan said China did not violate it.",
     {("Iran", "accused", "United States")}, {("Japan", "accused", "China")}),
    # Who introduces a bill backs it; telling by letter is speaking; who is named "along with" acts too.
    ("Senator Amy Klobuchar, along with Senator Ron Wyden, introduced a bill. The United States introduced "
     "sanctions against Iran.", {("Amy Klobuchar", "supported", "bill"), ("Ron Wyden", "supported", "bill")},
     {("United States", "supported", "sanctions")}),
    ("Chancellor Helmut Kohl told President Ronald Reagan in a letter that Bonn backed the plan. Nazmi Akiman was "
     "due to meet Andreas Papandreou to deliver a message.", {("Helmut Kohl", "spokeWith", "Ronald Reagan"),
                                                               ("Nazmi Akiman", "met", "Andreas Papandreou")},
     {("Nazmi Akiman", "spokeWith", "Andreas Papandreou")}),
    # A post's place is not whose the post is.
    ("Turkey's ambassador in Athens, Nazmi Akiman, met Papandreou. The ambassador to France, Kiyoshi Sumiya, spoke.",
     {("Nazmi Akiman", "officialOf", "Turkey")}, {("Kiyoshi Sumiya", "officialOf", "France")}),
    # A state's governor is an official of the state's country; a party's nominee is its member.
    ("In Ohio, where the primary was due on Tuesday, Governor Mike DeWine postponed it. Joe Biden, the Democratic "
     "Party's presumptive nominee, spoke.", {("Mike DeWine", "officialOf", "United States"),
                                              ("Joe Biden", "memberOf", "Democratic Party")}, set()),
    ("France's candidate Jacques Delors met Helmut Kohl.", {("Jacques Delors", "met", "Helmut Kohl")},
     {("Jacques Delors", "memberOf", "France")}),
    # Whoever wins a party's primary is its member; their own positions are no one else's; a region listed is
    # no body; the Christian Democrats are not the US Democrats.
    ("Bernie Sanders won the Democratic primary. Brazil and the U.S. are both refusing to alter their positions.",
     {("Bernie Sanders", "memberOf", "Democratic Party")}, {("Brazil", "rejected", "United States")}),
    ("Tesco centralized its management in the Central European region, comprising Hungary and Poland. The Quad, "
     "comprising the United States, Japan, India and Australia, met.",
     {("Japan", "memberOf", "Quadrilateral Security Dialogue")}, {("Hungary", "memberOf", "Tesco")}),
    ("The conservative Christian Democrats demanded a meeting. Senate Democrats criticized Trump.",
     {("Democratic Party", "criticized", "Trump")}, {("Democratic Party", "requested", "meeting")}),
    ("Miller warned that failure to reduce the deficit would jeopardize the U.S. economy. Iran warned that the "
     "United States would regret its attack.", {("Iran", "threatened", "United States")},
     {("Miller", "threatened", "United States")}),
    # A meeting that only could take place is hypothetical; proposing a meeting backs none of its owners; what a
    # negated verb's clause says is not asserted.
    ("Bolivia proposed an eventual meeting of the Andean Pact presidents with President Reagan, which could take "
     "place in May. Officials said the reports did not mean the United States was sending a new warning to Iran. "
     "Bolivia criticized Chile.", {("Bolivia", "criticized", "Chile")},
     {("Bolivia", "supported", "Andean Community"), ("United States", "threatened", "Iran")}),
    # Countries listed after a bloc are its members; a deputy of a head is an official; a city an agreement is
    # named after is not its party; failing to implement accuses.
    ("The Group of Seven -- the U.S., Japan, West Germany and Canada -- reaffirmed the Louvre agreement.",
     {("Japan", "memberOf", "Group of Seven"), ("Group of Seven", "supported", "Louvre agreement")}, set()),
    ("Fadhil Al-Chalabi, OPEC Deputy Secretary General, spoke. Baker stood by the Paris agreement.",
     {("Fadhil Al-Chalabi", "officialOf", "OPEC"), ("Baker", "supported", "Paris agreement")},
     {("Fadhil Al-Chalabi", "leaderOf", "OPEC"), ("Baker", "supported", "France")}),
    ("Japan has failed to implement two parts of the agreement, Yeutter said.", {("Yeutter", "accused", "Japan")},
     set()),
    # Saying a country's activities did wrong accuses the country.
    ("Acting Turkish Prime Minister Kaya Erdem said Greek activities in the Aegean contravened the Berne Agreement.",
     {("Kaya Erdem", "accused", "Greece")}, set()),
    # "The Chancellor" is the Chancellor of the Exchequer named before, whatever the rank of a bare "chancellor".
    ("Chancellor of the Exchequer Nigel Lawson arrived. The Chancellor had emphasised in talks this morning with "
     "Dilson Funaro that Brazil needed an IMF programme.", {("Nigel Lawson", "met", "Dilson Funaro")}, set()),
    # Whom a party nominates is its member; a co-founder of a party is its member, no leader.
    ("The Constitution Party nominated Don Blankenship for president. Howie Hawkins, co-founder of the Green "
     "Party, spoke.", {("Don Blankenship", "memberOf", "Constitution Party"), ("Howie Hawkins", "memberOf", "Green Party")},
     {("Howie Hawkins", "leaderOf", "Green Party")}),
    # An announced plan is planned; a duty said not done accuses; blaming a country's deficit accuses it.
    ("Washington announced plans to put tariffs on Japanese goods. The United States says the Japanese have not "
     "lived up to their pledge.", {("United States", "sanctioned", "Japan"), ("United States", "accused", "Japan")},
     set()),
    ("Japanese officials pointed the finger at the huge U.S. budget deficit. Iran said Iraq will not respect the "
     "ceasefire.", {("Japan", "accused", "United States")}, {("Iran", "accused", "Iraq")}),
    # A member of Congress's party letter gives the party and the country; welcoming talks backs them.
    ("Sen. Bill Bradley (D-N.J.) introduced a bill. Rep. Jerry Huckaby, D-La., spoke.",
     {("Bill Bradley", "memberOf", "Democratic Party"), ("Bill Bradley", "officialOf", "United States"),
      ("Jerry Huckaby", "memberOf", "Democratic Party")}, set()),
    ("Japan welcomed the talks between Iran and Iraq. Xi welcomed Putin to Beijing.",
     {("Japan", "supported", "talks"), ("Xi", "hosted", "Putin")}, {("Japan", "hosted", "Iran")}),
    ("Swiss Economics Minister Jean-Pascal Delamuraz met Funaro.", {("Jean-Pascal Delamuraz", "officialOf", "Switzerland")},
     set()),
    # Becoming a party's nominee makes one its member; briefing or notifying an actor is speaking with it.
    ("Donald Trump became the Republican Party's presumptive nominee. Shultz briefed Gorbachev on the plan.",
     {("Donald Trump", "memberOf", "Republican Party"), ("Shultz", "spokeWith", "Gorbachev")}, set()),
    # Every name under a plural title shares it; a state named like a country is the state for a senator;
    # another person's title names no country for an office holder without one.
    ("It was co-sponsored by Senators Marco Rubio of Florida, Mike Lee of Utah, and David Perdue of Georgia.",
     {("Mike Lee", "officialOf", "United States"), ("David Perdue", "officialOf", "United States")},
     {("David Perdue", "officialOf", "Georgia")}),
    ("Georgian President Mikheil Saakashvili met Senator John McCain.", {("Mikheil Saakashvili", "leaderOf", "Georgia")},
     {("John McCain", "officialOf", "Georgia")}),
    # A bill that passed a body was passed by it.
    ("This bill passed the Senate on Tuesday. The bill cleared the House of Representatives.",
     {("United States Senate", "adopted", "bill"), ("United States House of Representatives", "adopted", "bill")},
     set()),
    # A wire dateline names where, not whose; NER's names end before a lower-case verb or a comma.
    ("BAHIA BLANCA, Argentina - Ambassador Frank Shakespeare met Raul Alfonsin.",
     {("Frank Shakespeare", "met", "Raul Alfonsin")}, {("Frank Shakespeare", "officialOf", "Argentina")}),
    ("Ambassador Nobuo Matsunaga made the recommendation at a meeting with Nakasone, Kyodo News Service said.",
     {("Nobuo Matsunaga", "met", "Nakasone")}, {("Nobuo Matsunaga", "met", "Nakasone, Kyodo News Service")}),
    # A harm a country would do, said by its known leader, is a threat; said by others, a possibility.
    ("Britain would use its powers to ban Japanese financial institutions from London, Thatcher said. Analysts "
     "said France could ban Japanese banks.", {("United Kingdom", "threatened", "Japan")},
     {("France", "threatened", "Japan"), ("France", "sanctioned", "Japan")}),
    # "a variety of agreements" are agreements one signs.
    ("Britain and China signed a series of agreements on trade.", {("United Kingdom", "signed", "agreements")}, set()),
    # Issuing a joint declaration signs it (a pattern's words may hang on one another).
    ("Peruvian President Alan Garcia and Mexican President Miguel de la Madrid issued a joint declaration on debt.",
     {("Alan Garcia", "signed", "joint declaration"), ("Miguel de la Madrid", "signed", "joint declaration")}, set()),
    # Capitals between which talks are held stand for their governments; so does a participle's "between".
    ("The fishing negotiations currently held between Ottawa and Paris stalled. Poland continued a dialogue with "
     "the IMF.", {("Canada", "met", "France"), ("Poland", "met", "International Monetary Fund")}, set()),
    # What enjoys or gains an actor's backing is backed by it.
    ("The proposal enjoys the backing of Japan.", {("Japan", "supported", "proposal")}, set()),
    # Visiting a named person is meeting them.
    ("Gerrit De Zeeuw flew to Washington before visiting Agriculture Secretary Richard Lyng.",
     {("Gerrit De Zeeuw", "met", "Richard Lyng")}, {("Gerrit De Zeeuw", "visited", "Richard Lyng")}),
    # A ministry's director general is the country's official; an international body's is its head.
    ("MITI director general Noboru Hatakeyama said Japan would act. WHO Director-General Tedros Adhanom Ghebreyesus "
     "spoke.", {("Noboru Hatakeyama", "officialOf", "Japan"),
                ("Tedros Adhanom Ghebreyesus", "leaderOf", "World Health Organization")},
     {("Noboru Hatakeyama", "leaderOf", "Ministry of International Trade and Industry")}),
    # Curbs, limits and restrictions are measures; reforms and programmes are proposals one judges.
    ("Brazil opposed the new import curbs. France rejected the proposed reforms.",
     {("Brazil", "rejected", "new import curbs"), ("France", "rejected", "proposed reforms")}, set()),
    # A tax increase or a tariff cut is a measure one opposes or welcomes.
    ("Reagan combined his strongly-stated opposition to a tax hike with a warning to Congress.",
     {("Reagan", "rejected", "tax hike")}, set()),
    # Retaliation on a condition, a harm one stands ready to do, and the harm a threat announces are threats.
    ("The United States will retaliate if the European Community adopts the tax. Reagan was ready to impose "
     "retaliatory trade action against Japan.", {("United States", "threatened", "European Community"),
                                                  ("Reagan", "threatened", "Japan")}, set()),
    ("President Reagan's threat to impose tariffs on Japanese electronics exports worried Tokyo.",
     {("Reagan", "threatened", "Japan")}, {("Reagan", "sanctioned", "Japan")}),
    # A pardon granted is no aid; applying to join is not membership yet.
    ("Trump granted Angela Stanton a full pardon. Japan granted Egypt a loan.", {("Japan", "aided", "Egypt")},
     {("Trump", "aided", "Angela Stanton"), ("Donald Trump", "aided", "Angela Stanton")}),
    ("China formally applied to join GATT. Spain joined the European Community.",
     {("Spain", "memberOf", "European Community")}, {("China", "memberOf", "General Agreement on Tariffs and Trade")}),
    # A word naming a party's member makes a person its member, and an office modified by it the party's country's.
    ("Republican Senator Ted Cruz criticized the plan. Bernie Sanders, a Democrat, spoke. Donald Trump is a Republican.",
     {("Ted Cruz", "memberOf", "Republican Party"), ("Ted Cruz", "officialOf", "United States"),
      ("Bernie Sanders", "memberOf", "Democratic Party"), ("Donald Trump", "memberOf", "Republican Party")}, set()),
    ("Republican Representatives Steve Scalise and Ross Spano criticized the inquiry. Republican Ted Cruz and Bernie "
     "Sanders met.", {("Ross Spano", "memberOf", "Republican Party"), ("Ted Cruz", "memberOf", "Republican Party")},
     {("Bernie Sanders", "memberOf", "Republican Party")}),
    ("Christian Democrat Helmut Kohl won the election. Social Democratic leader Hans-Jochen Vogel conceded.",
     {("Hans-Jochen Vogel", "leaderOf", "Social Democratic")},
     {("Helmut Kohl", "memberOf", "Democratic Party"), ("Hans-Jochen Vogel", "memberOf", "Democratic Party")}),
    # "U.S.-backed" names its backer (a hyphen after an abbreviation splits), and a backing participle
    # presupposes whatever the clause says.
    ("Angola's U.S.-backed UNITA rebel group offered talks. The Cuban-backed Angolan government refused.",
     {("United States", "supported", "UNITA"), ("Cuba", "supported", "Angola")}, {("United States", "supported", "Angola")}),
    # Challenging an actor to act asks it to; challenging a decision criticizes it.
    ("UNITA leader Jonas Savimbi challenged the Angolan government to match his offer. Iran challenged the decision "
     "of the United States.", {("Jonas Savimbi", "requested", "Angola"), ("Iran", "criticized", "United States")},
     {("Jonas Savimbi", "criticized", "Angola")}),
    # A capital NER took for a body before "government" is still the capital.
    ("The Oslo government said it would impose a ban on South Africa.", {("Norway", "sanctioned", "South Africa")},
     {("Oslo", "sanctioned", "South Africa")}),
    # What one says others will do, or that neither will, is no wrong done.
    ("Reagan said neither the United States nor the Soviet Union would occupy the new embassies. Reagan met Gorbachev.",
     {("Reagan", "met", "Gorbachev")}, {("Reagan", "accused", "United States"), ("Reagan", "accused", "Soviet Union")}),
    ("Yvette Cooper said Boris Johnson is abusing his power.", {("Yvette Cooper", "accused", "Boris Johnson")},
     set()),
    # "called for X to do": the parser makes "for" the mark of a clause whose subject is asked.
    ("US President Donald Trump has called for NATO members to increase military spending.",
     {("Donald Trump", "requested", "NATO")}, set()),
    # A portfolio joined by "and" or "for" is no body; a hyphenated given name is part of the name.
    ("Philippines Trade and Industry Secretary Jose Concepcion criticized Japan. U.S. Undersecretary of State for"
     " Economic Affairs Allen Wallis criticized Japan.",
     {("Jose Concepcion", "officialOf", "Philippines"), ("Allen Wallis", "officialOf", "United States")}, set()),
    ("South Korea's Finance Minister Chung In-yong will visit Washington.",
     {("Chung In-yong", "officialOf", "South Korea"), ("Chung In-yong", "visited", "Washington")}, set()),
    # A mayor holds an office of the city, none of the country it is in; a capital's mayor too.
    ("Bill de Blasio, the mayor of New York, criticized President Donald Trump.",
     {("Bill de Blasio", "criticized", "Donald Trump"), ("Bill de Blasio", "officialOf", "New York")},
     {("Bill de Blasio", "officialOf", "United States")}),
    ("London's mayor, Sadiq Khan, criticized Trump.", {("Sadiq Khan", "officialOf", "London")},
     {("Sadiq Khan", "officialOf", "United Kingdom")}),
    # Titles of several countries followed by the names: the names say who, "respectively" or not.
    ("The foreign ministers of India and China, S. Jaishankar and Wang Yi, respectively, met.",
     {("S. Jaishankar", "met", "Wang Yi"), ("S. Jaishankar", "officialOf", "India"), ("Wang Yi", "officialOf", "China")},
     {("India", "met", "Wang Yi"), ("India", "met", "China")}),
    # "the director of X, Name": the parser may hang the name on the body, not the title.
    ("The director of Argentina's Amnesty International, Mariela Belski, praised the president.",
     {("Mariela Belski", "officialOf", "Amnesty International")}, set()),
    # "the rebels" is the armed group named last.
    ("Houthi rebels seized the port of Hodeidah. According to the minister, the rebels are backed by Iran.",
     {("Iran", "supported", "Houthis")}, set()),
    # "the Reagan administration" is the country its leader heads, not the person.
    ("Canada has been pressing the Reagan administration to act on acid rain.",
     {("Canada", "requested", "United States")}, {("Canada", "requested", "Ronald Reagan")}),
    # A particle makes another verb: "called off" holds nothing, "ruled out talks" meets no one.
    ("Russia called off the meeting with Ukraine, and Israel ruled out talks with Hamas. Iran met Iraq.",
     {("Iran", "met", "Iraq")}, {("Russia", "held", "meeting"), ("Israel", "met", "Hamas"), ("Russia", "met", "Ukraine")}),
    # A target is whose it is and where it is.
    ("Israeli warplanes launched airstrikes against Hamas targets in the Gaza Strip on Tuesday.",
     {("Israel", "attacked", "Hamas"), ("Israel", "attacked", "Gaza Strip")}, set()),
    # A demand with a deadline or a consequence is a threat; a loan granted last month is none.
    ("Iran gave Britain 60 days to release the tanker, and the World Bank granted Indonesia a loan last month"
     " to help it.", {("Iran", "threatened", "United Kingdom")}, {("World Bank", "threatened", "Indonesia")}),
    ("Japan must drop its barriers or face tariffs, U.S. President Ronald Reagan said.",
     {("Ronald Reagan", "threatened", "Japan")}, set()),
    # "demanded that X do": X is asked; a retreat is no rejection.
    ("The U.N. Security Council demanded that Iraq withdraw its forces from Kuwait.",
     {("United Nations Security Council", "requested", "Iraq")}, {("Iraq", "rejected", "Kuwait")}),
    # A known office holder NER took for an event is a person; a majority leader leads no country.
    ("Joe Biden rejected Pelosi's suggestion on Tuesday.", {("Joe Biden", "rejected", "Pelosi")}, set()),
    ("Senate Majority Leader Mitch McConnell criticized the inquiry.",
     {("Mitch McConnell", "officialOf", "United States")}, {("Mitch McConnell", "leaderOf", "United States")}),
    # A demonym NER took for a place is still its country; NER stopping at a hyphen keeps the name whole.
    ("Ukrainian and Russian delegations held a first round of talks near the Belarusian border on Monday.",
     {("Ukraine", "met", "Russia")}, set()),
    ("South Korean President Moon Jae-in met North Korean leader Kim Jong Un at Panmunjom.",
     {("Moon Jae-in", "leaderOf", "South Korea"), ("Moon Jae-in", "met", "Kim Jong Un")}, set()),
    # Who hosts talks between two sides hosts both.
    ("Egypt hosted talks between Israeli and Hamas negotiators in Cairo on Tuesday.",
     {("Egypt", "hosted", "Israel"), ("Egypt", "hosted", "Hamas"), ("Israel", "met", "Hamas")}, set()),
    # Accusations: blame laid on someone, a charge that someone did wrong, experts for their body.
    ("Ukraine blamed the explosion on Russia.", {("Ukraine", "accused", "Russia")}, set()),
    ("U.S. Secretary of State John Kerry charged that the Syrian government had killed more than 1,400 people.",
     {("John Kerry", "accused", "Syria")}, set()),
    # "hopes to visit" is a hope, not a visit (the lemmatiser reads "hopes" as "hop").
    ("Funaro visited France on Monday and hopes to visit Japan next week.",
     {("Funaro", "visited", "France")}, {("Funaro", "visited", "Japan")}),
    # A passive's agent hung on the statement it was done in.
    ("The resolution was denounced in a joint communique by Egypt, Jordan and Saudi Arabia.",
     {("Egypt", "criticized", "resolution"), ("Saudi Arabia", "criticized", "resolution")}, set()),
    # Ending what was agreed rejects it; seconding a motion supports it.
    ("Washington terminated the agreement with Moscow, and Britain seconded the French motion.",
     {("United States", "rejected", "agreement"), ("United Kingdom", "supported", "France")}, set()),
    # A reference to a large group pairs none of its members: who agreed with whom the text does not say.
    ("Ministers from Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the UAE met in Riyadh on Monday. The"
     " ministers agreed to allow citizens to work in any member state.", {("Bahrain", "met", "Kuwait")},
     {("Bahrain", "agreedTo", "Kuwait")}),
    # "the two NATO members" refers back to the two named before, members of NATO; "members of
    # Congress" is no one in particular.
    ("Greece and Turkey traded accusations on Monday. The crisis between the two NATO members deepened as"
     " members of Congress urged restraint.", {("Greece", "memberOf", "NATO"), ("Turkey", "memberOf", "NATO")},
     {("Greece", "officialOf", "United States Congress")}),
    # A clause of time states a fact whatever the mood of what it hangs on.
    ("A dispute over the markets of Spain and Portugal after they joined the European Community threatened to"
     " become a trade war.", {("Spain", "memberOf", "European Community")}, set()),
    # A bare infinitive under a hypothetical verb shares its mood: "would help him forge" forges nothing yet.
    ("Reagan said he hoped Baker would help him forge a new partnership with Congress, and Baker met Congress"
     " leaders on Monday.", {("Baker", "met", "United States Congress")},
     {("Baker", "cooperatedWith", "United States Congress")}),
    # Coordinated subjects that cooperate with a partner they name do not cooperate with each other.
    ("Brazil and China have pledged to cooperate with the ATPC and limit their exports.",
     {("Brazil", "agreedTo", "ATPC")}, {("Brazil", "agreedTo", "China")}),
    # Who reports an attack did not make it.
    ("The coalition released a statement saying an attack on an Iraqi air base housing U.S. personnel caused"
     " no casualties, and Iran condemned the attack.", {("Iran", "criticized", "attack")},
     {("coalition", "attacked", "United States")}),
    # Nor is whoever an attack noun is merely attached to its attacker.
    ("Kuwait has backed Iraq in the war against Iran, and Iraqi jets attacked Iranian ships.",
     {("Kuwait", "supported", "Iraq"), ("Iraq", "attacked", "Iran")}, {("Kuwait", "attacked", "Iran")}),
    # A capital that is the surname of someone named in full is that person.
    ("Sudesh Amman was shot by police in London. Amman had threatened Prime Minister Boris Johnson.",
     {("Sudesh Amman", "threatened", "Boris Johnson")}, {("Jordan", "threatened", "Boris Johnson")}),
    # A title with its "of" phrase right before the name the parser left apart.
    ("South Africa's director-general of finance Chris Stals said the talks went well.",
     {("Chris Stals", "officialOf", "South Africa")}, set()),
    # Whoever heads a country's institution named by common nouns is an official of the country.
    ("Brazil's finance minister Dilson Funaro arrived in London, accompanied by central bank president"
     " Francisco Gros.", {("Francisco Gros", "officialOf", "Brazil")}, {("Francisco Gros", "leaderOf", "Brazil")}),
    # "the move" judged refers back to whoever did what the sentence before told, not to who said something.
    ("Johnson asked the Queen to suspend Parliament on Wednesday. Labour leader Jeremy Corbyn called the move an"
     " outrage.", {("Jeremy Corbyn", "criticized", "Johnson")}, set()),
    ("China expelled three American journalists. UNESCO said the change would need its approval. The United"
     " States condemned the decision and imposed sanctions on China.", {("United States", "sanctioned", "China")},
     {("United States", "criticized", "UNESCO")}),
    # A verb the tagger took for a noun still triggers: "charges" with a subject and a clause.
    ("The U.S. charges Japan has violated a pact on microchip trade.", {("United States", "accused", "Japan")}, set()),
    # An office "of" a portfolio is national; an office "of" a company is the company's.
    ("U.S. farm exports fell. Under Secretary of Agriculture Daniel Amstutz said the decline would end. Robert"
     " Lutz, president of the company, said sales would recover.",
     {("Daniel Amstutz", "officialOf", "United States")}, {("Robert Lutz", "leaderOf", "United States")}),
    # An abbreviated plural title ("Sens.") over a list of names in the "X of A" form.
    ("Clark held discussions with Democratic Sens. Patrick Moynihan of New York, Christopher Dodd of Connecticut,"
     " Lloyd Bentsen of Texas and George Mitchell of Maine.",
     {("Christopher Dodd", "officialOf", "United States"), ("George Mitchell", "officialOf", "United States"),
      ("Clark", "met", "George Mitchell")}, set()),
    # An allegation accuses its clause's subject, not what the clause says it wronged.
    ("The EC charges the accord breached GATT trade rules, and the EC criticized Japan.",
     {("European Community", "criticized", "Japan")},
     {("European Community", "accused", "General Agreement on Tariffs and Trade")}),
    # Hyphened words are one word: "co-operation" is no operation (an attack), "non-OPEC" nations are no members.
    ("The GCC groups four OPEC members -- Saudi Arabia, Kuwait, Qatar and the United Arab Emirates -- and"
     " non-OPEC nations Bahrain and Oman.", {("Kuwait", "memberOf", "OPEC")}, {("Oman", "memberOf", "OPEC")}),
    ("GCC ministers ended a meeting after discussing co-ordination and co-operation in the oil field.",
     {("Gulf Cooperation Council", "discussed", "co-ordination")}, {("Gulf Cooperation Council", "discussed", "-"),
                                                                    ("Gulf Cooperation Council", "discussed", "co")}),
    # "will seek talks" is a seeking, not a meeting to come.
    ("Prime Minister Yasuhiro Nakasone will meet President Ronald Reagan on Friday and will seek further talks"
     " with Clayton Yeutter.", {("Yasuhiro Nakasone", "met", "Ronald Reagan")},
     {("Yasuhiro Nakasone", "met", "Clayton Yeutter")}),
    # "X of A and Y of B" parsed with Y coordinated to A: Y is X's conjunct, sharing the plural title.
    ("Representatives Larry Craig of Idaho and Beau Bolter of Texas criticized Japan.",
     {("Beau Bolter", "officialOf", "United States"), ("Beau Bolter", "criticized", "Japan")}, set()),
    # An allegation's that-clause names the accused as its subject, or as the owner of the measure it
    # faults.
    ("Moscow charged that Washington had violated the treaty.", {("Russia", "accused", "United States")}, set()),
    ("Donald Trump alleged Biden's plan would strip Medicare.", {("Donald Trump", "accused", "Biden")}, set()),
    ("Navalny's aides alleged he drank tea laced with poison and charged that the Kremlin had ordered it.",
     {("Navalny", "accused", "Kremlin")}, set()),
    ("Rwanda was accused by U.N. experts of arming the rebels.", {("United Nations", "accused", "Rwanda")}, set()),
    # A party NER took for a person is a body; its chairwoman leads it, not the country.
    ("The chairwoman of the Japan Socialist Party, Takako Doi, criticized the government.",
     {("Takako Doi", "leaderOf", "Japan Socialist Party")}, {("Takako Doi", "leaderOf", "Japan")}),
    # The head of a part of a country or body ("the police", "the delegation") is its official, not its head.
    ("Neil Basu, the head of the UK's counter-terror police, criticized Russia.",
     {("Neil Basu", "officialOf", "United Kingdom")}, {("Neil Basu", "leaderOf", "United Kingdom")}),
    ("The head of the Iraqi government, Nouri al-Maliki, criticized Syria.", {("Nouri al-Maliki", "leaderOf", "Iraq")},
     set()),
    # An office given by "as": to the successor, to the one appointed; a hope ("endorse X as president") is none.
    ("Boris Johnson succeeded Theresa May as the Prime Minister of Great Britain.",
     {("Boris Johnson", "leaderOf", "United Kingdom")}, {("Theresa May", "leaderOf", "United Kingdom")}),
    ("Senator Elizabeth Warren endorsed Joe Biden as president of the United States.",
     {("Elizabeth Warren", "supported", "Joe Biden")}, {("Joe Biden", "leaderOf", "United States")}),
    # A gerund after "after", "before", "while" is done by the clause's subject.
    ("After meeting Vladimir Putin, Turkish President Recep Tayyip Erdogan flew to Ankara.",
     {("Recep Tayyip Erdogan", "met", "Vladimir Putin"), ("Recep Tayyip Erdogan", "visited", "Ankara")}, set()),
    # A title NER took for a name is no person; a Chief Cabinet Secretary is Japan's.
    ("Chief Cabinet Secretary Masaharu Gotoda criticized the United States.",
     {("Masaharu Gotoda", "officialOf", "Japan")}, {("Cabinet Secretary", "leaderOf", "Japan")}),
    ("Opposition leader Jeremy Corbyn criticized the Nigerian government.",
     {("Jeremy Corbyn", "criticized", "Nigeria")}, {("Jeremy Corbyn", "leaderOf", "Nigeria")}),
    # Title words the parser hangs on one another still make one title.
    ("US President Donald Trump fired national security advisor John Bolton.",
     {("John Bolton", "officialOf", "United States")}, set()),
    # Non-state groups stand for the organisation that names them, not for a country.
    ("Boko Haram militants attacked a military base in Nigeria.", {("Boko Haram", "attacked", "Nigeria")}, set()),
    ("Iraqi militias made threats against the United States, Iraqi Prime Minister Mustafa al-Kadhimi said.",
     {("Mustafa al-Kadhimi", "leaderOf", "Iraq")}, {("Iraq", "threatened", "United States")}),
    ("Representatives from Nigeria met officials of the European Commission in Brussels.",
     {("Nigeria", "met", "European Commission")}, set()),
    # "the Community", "the group": the organisation named before.
    ("The European Community held talks with Japan. The Community also criticized the United States.",
     {("European Community", "criticized", "United States")}, set()),
    # A title with the person in apposition: the person acts, not the country.
    ("Mexico's president, Andres Manuel Lopez Obrador, rejected the American demand.",
     {("Andres Manuel Lopez Obrador", "leaderOf", "Mexico")}, {("Mexico", "rejected", "United States")}),
    ("Israel's Prime Minister Benjamin Netanyahu thanked Germany for its support.",
     {("Benjamin Netanyahu", "supported", "Germany")}, {("Israel", "supported", "Germany")}),
    # A name NER took for an organisation is a person when a title introduces it.
    ("Russia's ambassador to the United Nations, Vassily Nebenzia, criticized Britain.",
     {("Vassily Nebenzia", "officialOf", "Russia"), ("Vassily Nebenzia", "criticized", "United Kingdom")}, set()),
    ("U.S. Treasury Secretary James Baker met Japanese officials.",
     {("James Baker", "officialOf", "United States")}, set()),
    # A surname NER missed is still the office holder of that name at the article's date.
    ("Scholz spoke by phone with Macron on Sunday.", {("Scholz", "spokeWith", "Macron")}, set()),
    ("NATO Secretary-General Jens Stoltenberg urged Turkey to act.", {("Jens Stoltenberg", "leaderOf", "NATO")}, set()),
    ("Venezuelan opposition leader Juan Guaido met Mike Pence.", {("Juan Guaido", "met", "Mike Pence")},
     {("Juan Guaido", "leaderOf", "Venezuela")}),
    ("Jean-Claude Juncker, president of the European Commission, met Chinese officials.",
     {("Jean-Claude Juncker", "leaderOf", "European Commission")}, set()),
    ("The Hungarian Government signed a contract with Airbus.", {("Hungary", "signed", "contract")}, set()),
    # Negated and hypothetical relations are not emitted.
    # (Each sentence also states a relation that is found, so that none passes by finding nothing.)
    ("Russian President Vladimir Putin refused to meet Zelensky.", {("Vladimir Putin", "leaderOf", "Russia")},
     {("Vladimir Putin", "met", "Zelensky"), ("Putin", "met", "Zelensky")}),
    ("Chinese President Xi Jinping did not condemn Russia.", {("Xi Jinping", "leaderOf", "China")},
     {("Xi Jinping", "criticized", "Russia"), ("China", "criticized", "Russia")}),
    ("US President Joe Biden on Friday lifted sanctions against Poland.", {("Joe Biden", "leaderOf", "United States")},
     {("Joe Biden", "sanctioned", "Poland"), ("United States", "sanctioned", "Poland")}),
    ("Iranian President Ebrahim Raisi said Iran could impose sanctions on Britain if the talks fail.",
     {("Ebrahim Raisi", "leaderOf", "Iran")},
     {("Iran", "sanctioned", "United Kingdom"), ("Ebrahim Raisi", "sanctioned", "United Kingdom")}),
    ("Sweden's bid to join NATO was blocked by Turkey.", {("Turkey", "rejected", "Sweden")},
     {("Sweden", "memberOf", "NATO")}),
    # "tell" is a request only with the action asked for; a medium is not an actor.
    ("Iranian Foreign Minister Javad Zarif told Iranian radio that the talks were useful.",
     {("Javad Zarif", "officialOf", "Iran")}, {("Javad Zarif", "requested", "Iran")}),
    ("Putin told Iran to stop enrichment.", {("Putin", "requested", "Iran")}, set()),
    ("Japan told the United States that it must lift the tariffs.", {("Japan", "requested", "United States")}, set()),
    ("Democrats pushed Joe Biden to the far left, and the United States pushed Japan to open its rice market.",
     {("United States", "requested", "Japan")}, {("Democratic Party", "requested", "Joe Biden")}),
    # What a thing must do is only said to the listener; what an actor must do is asked of the one told.
    ("John Dingell told Reuters that insider trading laws must be strengthened, and Joe Biden told Vladimir Putin "
     "that Russia must withdraw.", {("Joe Biden", "requested", "Vladimir Putin")},
     {("John Dingell", "requested", "Reuters")}),
    ("The Philippines must devalue the peso, Philippine Finance Secretary Jaime Ongpin told Reuters.",
     {("Jaime Ongpin", "officialOf", "Philippines")}, {("Jaime Ongpin", "requested", "Reuters")}),
    ("Hamas posted a video on Telegram accusing Israel of the attack.", {("Hamas", "accused", "Israel")},
     {("Telegram", "accused", "Israel")}),
    # Found by the rule tests: nationalities and capitals NER took for persons, denied light-verb
    # nouns, threats of a measure, a verb's own noun, "his ministers", the same actor on both sides.
    ("Russian President Vladimir Putin met Tajik President Emomali Rahmon in Moscow on Monday.",
     {("Emomali Rahmon", "leaderOf", "Tajikistan")}, set()),
    ("Boris Johnson visited Kyiv.", {("Boris Johnson", "visited", "Kyiv")}, set()),
    ("Russian President Vladimir Putin had no meeting with Chinese President Xi Jinping.",
     {("Vladimir Putin", "leaderOf", "Russia")}, {("Vladimir Putin", "met", "Xi Jinping")}),
    ("North Korea threatened to impose restrictions on Japanese banks.", {("North Korea", "threatened", "Japan")},
     {("North Korea", "sanctioned", "Japan")}),
    ("Putin and Xi met in Moscow. His ministers signed an agreement.", {("Putin", "met", "Xi")},
     {("Putin", "signed", "agreement"), ("Xi", "signed", "agreement")}),
    ("Russian President Vladimir Putin criticized its allies.", {("Vladimir Putin", "leaderOf", "Russia")},
     {("Russia", "criticized", "Russia")}),
    # Judgements, presence, and relations received from someone.
    ("China described the American plan as dangerous.", {("China", "criticized", "United States")},
     {("China", "supported", "United States")}),
    ("Obama called Merkel a great friend.", {("Obama", "supported", "Merkel")}, {("Obama", "criticized", "Merkel")}),
    ("Britain called for cuts at a meeting of EC foreign ministers.", {("United Kingdom", "attended", "meeting")},
     set()),
    ("U.S. President Ronald Reagan said at a news conference that the treaty was important.",
     {("Ronald Reagan", "leaderOf", "United States")},
     {("Ronald Reagan", "attended", "news conference")}),
    ("De Croo was in Washington for trade talks.", {("De Croo", "visited", "Washington")}, set()),
    # A public event one speaks at is attended; an event one is merely during is not.
    ("Sebastian Gorka also spoke at the rally.", {("Sebastian Gorka", "attended", "rally")}, set()),
    ("Donald Trump said during the debate that Joe Biden was weak.", {("Donald Trump", "attended", "debate")},
     set()),
    ("Germany criticized France during the investigation.", {("Germany", "criticized", "France")},
     {("Germany", "attended", "investigation")}),
    # One begins a visit one makes, not one that one holds.
    ("German President Richard von Weizsaecker began a four-day visit to Argentina.",
     {("Richard von Weizsaecker", "visited", "Argentina")}, {("Richard von Weizsaecker", "held", "visit")}),
    # The agreement reached is agreed to, as the partner is.
    ("Nigeria reached an agreement with the Paris Club on Friday.",
     {("Nigeria", "agreedTo", "Paris Club"), ("Nigeria", "agreedTo", "agreement")}, set()),
    ("Japan struck a trade deal.", {("Japan", "agreedTo", "trade deal")}, set()),
    # An offer or a promise to help is an agreement (PLOVER's AGREE); the help itself is only intended.
    ("The United States offered to help Kuwait.", {("United States", "agreedTo", "Kuwait")},
     {("United States", "aided", "Kuwait")}),
    ("NATO is ready to assist Turkey.", {("NATO", "agreedTo", "Turkey")}, {("NATO", "aided", "Turkey")}),
    ("The U.S. has offered warships to escort Kuwaiti tankers.", {("United States", "agreedTo", "Kuwait")}, set()),
    ("German Chancellor Angela Merkel might offer to help Greece.", {("Angela Merkel", "leaderOf", "Germany")},
     {("Angela Merkel", "agreedTo", "Greece"), ("Angela Merkel", "aided", "Greece")}),
    ("British Prime Minister Theresa May is eager to trade with Japan.", {("Theresa May", "leaderOf", "United Kingdom")},
     {("Theresa May", "cooperatedWith", "Japan")}),
    ("France helped Chad repel the Libyan offensive.", {("France", "aided", "Chad")}, set()),
    # A title is its nearest name's, however the parser hangs the names; a hyphenated title is another office.
    ("Kenya's President William Ruto and Uganda's Yoweri Museveni met in Nairobi.",
     {("William Ruto", "leaderOf", "Kenya")}, {("Yoweri Museveni", "leaderOf", "Kenya")}),
    ("Vice-President George Bush and Treasury Secretary James Baker backed Volcker.",
     {("James Baker", "officialOf", "United States")}, {("George Bush", "leaderOf", "United States")}),
    # Sending people is a visit through them, sending goods is aid; two sides negotiating meet. A capital
    # visited is the city, not its country (eval/dev/gold/REUTERS.md, "Metonyms").
    ("Japan is sending a three-man team to Washington. The United States sent weapons to Ukraine.",
     {("Japan", "visited", "Washington"), ("United States", "aided", "Ukraine")},
     {("Japan", "aided", "United States"), ("Japan", "visited", "United States")}),
    ("The U.S. and Kuwait have been negotiating for over a month. Iran launched fresh attacks.",
     {("United States", "met", "Kuwait")}, {("Iran", "held", "fresh attacks")}),
    # A relative clause asserts on its own; its relative pronoun is the patient of its passive.
    ("The plan, which was rejected by Germany, failed. Carrie Lam, who is supported by the Chinese government, "
     "withdrew the bill.", {("Germany", "rejected", "plan"), ("China", "supported", "Carrie Lam")}, set()),
    # A place named by a location noun is taken only where places or their owners are: an attack, a judgement.
    ("Libyan troops are evacuating their last stronghold in northern Chad. Germany criticized the Israeli "
     "settlements in the West Bank.", {("Germany", "criticized", "Israel")}, {("Libya", "aided", "Chad")}),
    # A harm its doer says it would or could do is a threat; said of it by others, a possibility; "will", a plan.
    ("Iran said it could strike U.S. bases. Britain said it would impose sanctions on Syria.",
     {("Iran", "threatened", "United States"), ("United Kingdom", "threatened", "Syria")},
     {("Iran", "attacked", "United States"), ("United Kingdom", "sanctioned", "Syria")}),
    ("Analysts said the United States could strike Iranian bases. The EU will impose sanctions on Russia, it said.",
     {("European Union", "sanctioned", "Russia")}, {("United States", "threatened", "Iran"),
                                                    ("European Union", "threatened", "Russia")}),
    # Summoning a country's envoy or lodging a protest with it protests to it; a judgement "said of" a thing judges it.
    ("China summoned the Japanese ambassador. India lodged a strong protest with Pakistan. The minister summoned "
     "reporters.", {("China", "criticized", "Japan"), ("India", "criticized", "Pakistan")}, set()),
    ('"It is unacceptable," Merkel said of the Russian decision.', {("Merkel", "criticized", "Russia")}, set()),
    # A body said to be made of its members: each is a member; a package or a delegation has none.
    ("The Quad is made up of the United States, Japan, India and Australia. The Gulf Cooperation Council, which "
     "groups Saudi Arabia and Kuwait, met in Riyadh.", {("India", "memberOf", "Quadrilateral Security Dialogue"),
                                                        ("Kuwait", "memberOf", "Gulf Cooperation Council")}, set()),
    ("The European Community's twelve members include Spain. The package includes loans from Japan.",
     {("Spain", "memberOf", "European Community")}, {("Japan", "memberOf", "package")}),
    ("EU member states such as Hungary opposed the plan. OPEC members including Iraq cut output.",
     {("Hungary", "memberOf", "European Union"), ("Iraq", "memberOf", "OPEC")}, set()),
    # A place named before a gathering is where it is, not whose; a position on a country is a stance about it.
    ("The Palestinians boycotted the Bahrain conference. Russia criticized the NATO summit.",
     {("Palestine", "rejected", "Bahrain conference"), ("Russia", "criticized", "NATO")},
     {("Palestine", "rejected", "Bahrain")}),
    ("Saudi Arabia backed the U.S. position on Iran. Israel shelled Syrian positions on the Golan Heights.",
     {("Saudi Arabia", "supported", "United States"), ("Israel", "attacked", "Syria")},
     {("Saudi Arabia", "supported", "Iran")}),
    # A threatened harm named by a noun threatens whom it would hit.
    ("The United States threatened sanctions against Iran. Iraq threatened a resumption of air raids on Iranian "
     "towns.", {("United States", "threatened", "Iran"), ("Iraq", "threatened", "Iran")},
     {("United States", "sanctioned", "Iran"), ("Iraq", "attacked", "Iran")}),
    ("The United States banned arms shipments to Tehran. Iranian forces overran southern Iraq's Faw peninsula. "
     "Chad announced the capture of Libya's air base.", {("United States", "sanctioned", "Iran"),
                                                         ("Iran", "attacked", "Iraq"), ("Chad", "attacked", "Libya")},
     set()),
    # A capital acting is its government, and "its" after it is the country's.
    ("Tehran Radio quoted Mousavi as saying that Tehran announced after its forces overran the Faw peninsula "
     "that it had missiles.", {("Iran", "attacked", "Faw")}, {("Tehran Radio", "attacked", "Faw")}),
    # A family name's particles are part of it; a chief of a field is an official of the whole.
    ("German Defence Minister Ursula von der Leyen met EU foreign policy chief Federica Mogherini.",
     {("Ursula von der Leyen", "officialOf", "Germany"), ("Federica Mogherini", "officialOf", "European Union")},
     {("Ursula von", "officialOf", "Germany"), ("Federica Mogherini", "leaderOf", "European Union")}),
    # In one sentence, only an office named together with it gives a title its country; a second title is kept.
    ("Treasury Secretary James Baker met Finance Minister Kiichi Miyazawa. Nigerian Oil Minister Rilwanu Lukman, "
     "OPEC's president, met Saudi officials.", {("Rilwanu Lukman", "officialOf", "Nigeria"),
                                                ("Rilwanu Lukman", "leaderOf", "OPEC")},
     {("Kiichi Miyazawa", "officialOf", "United States")}),
    # Those a list of the people at an event names attended it.
    ("Guests at the ceremony included Tim Gunn and Mickey Hart. The delegation included officials from France.",
     {("Tim Gunn", "attended", "ceremony"), ("Mickey Hart", "attended", "ceremony")}, set()),
    # A title before "and" over the same name is the person's too.
    ("Conservative Party leader and Prime Minister Boris Johnson won a majority.",
     {("Boris Johnson", "leaderOf", "Conservative Party"), ("Boris Johnson", "leaderOf", "United Kingdom")}, set()),
    # Actors who do it to each other, or trade it, each do it to the other.
    ("Armenia and Azerbaijan accused each other of violating the ceasefire. India and Pakistan blamed one another.",
     {("Armenia", "accused", "Azerbaijan"), ("Azerbaijan", "accused", "Armenia"), ("India", "accused", "Pakistan"),
      ("Pakistan", "accused", "India")}, set()),
    ("Israel traded accusations with Hamas. Indian soldiers exchanged fire with Pakistani troops.",
     {("Hamas", "accused", "Israel"), ("Israel", "accused", "Hamas"), ("Pakistan", "attacked", "India")},
     {("Israel", "cooperatedWith", "Hamas")}),
    ("Russia accused Ukraine of shelling.", {("Russia", "accused", "Ukraine")}, {("Ukraine", "accused", "Russia")}),
    # The head of a body named before the title heads the body, not the story's country.
    ("Brazil's debt talks resumed in Brasilia, Brazil. Brazil rejected the plan. Funaro, accompanied by central "
     "bank president Francisco Gros, met Prime Minister Jose Sarney.", {("Jose Sarney", "leaderOf", "Brazil")},
     {("Francisco Gros", "leaderOf", "Brazil")}),
    # A title of two words NER put inside a name is no part of it; the given name alone is the same person.
    ("Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility. Donald Trump praised Mohammad.",
     {("Donald Trump", "supported", "Mohammad bin Salman")},
     {("Donald Trump", "supported", "Crown Prince Mohammad bin Salman"), ("Donald Trump", "supported", "Mohammad")}),
    # One word of a person's name NER took for a body is the person named before.
    ("Nabil Hasan al-Quaety died in Aden. Amnesty International praised Al-Quaety.",
     {("Amnesty International", "supported", "Nabil Hasan al-Quaety")},
     {("Amnesty International", "supported", "Al-Quaety")}),
    # A harm its doer stands ready to do is a threat, not yet the harm.
    ("Washington is poised to impose tariffs on European Community food imports.",
     {("United States", "threatened", "European Community")}, {("United States", "sanctioned", "European Community")}),
    ("China is ready to strike Taiwan.", {("China", "threatened", "Taiwan")}, {("China", "attacked", "Taiwan")}),
    ("The EU responded by imposing sanctions on Russia.", {("European Union", "sanctioned", "Russia")},
     {("European Union", "threatened", "Russia")}),
    # Goods are their country's: a tariff on them is aimed at it; a plan drawn up somewhere is not.
    ("The U.S. has already imposed higher tariffs on computer microchips imported from Japan.",
     {("United States", "sanctioned", "Japan")}, set()),
    ("Germany criticized the plan drawn up in Brussels.", {("Germany", "criticized", "plan")},
     {("Germany", "criticized", "Belgium")}),
    ("Japan faced sanctions from the United States.", {("United States", "sanctioned", "Japan")},
     {("Japan", "sanctioned", "United States")}),
    ("Ukraine won support from Germany.", {("Germany", "supported", "Ukraine")}, set()),
    # A state's office is its country's; a country named later in the sentence gives an office its country.
    ("California Attorney General Xavier Becerra sued the administration.",
     {("Xavier Becerra", "officialOf", "United States")}, set()),
    ("Deputy Foreign Minister Ryohei Murata and other senior Japanese officials met Armacost.",
     {("Ryohei Murata", "officialOf", "Japan")}, set()),
    # Discourse references: actors named together, and "I" or "we" in a quotation (of whoever says,
    # speaks or tweets it).
    ("Russia and Tajikistan held talks in Moscow. The two countries also criticized the United States.",
     {("Russia", "criticized", "United States"), ("Tajikistan", "criticized", "United States")}, set()),
    ('"I condemn the attack on Israel," German Chancellor Angela Merkel said.',
     {("Angela Merkel", "criticized", "attack")}, set()),
    # A title shortened ("the minister") is the holder of the longer one of the same rank named before.
    ("Chinese Foreign Minister Wang Yi arrived in Moscow on Monday. The minister met Sergei Lavrov.",
     {("Wang Yi", "met", "Sergei Lavrov")}, set()),
    ("British Prime Minister Margaret Thatcher arrived in Moscow. The minister met Eduard Shevardnadze.",
     {("Margaret Thatcher", "leaderOf", "United Kingdom")}, {("Margaret Thatcher", "met", "Eduard Shevardnadze")}),
    # "it" after "the commission" as subject is what "the commission" refers to, not the subject before.
    ("Japan criticized the European Commission on Monday. The commission said it would ask the United States to help.",
     {("European Commission", "requested", "United States")}, {("Japan", "requested", "United States")}),
    # A group's members relate to each other: a reciprocal verb with the group as subject and no target,
    # "trade between" the group. "The two countries" are countries (those of the persons named), two of them.
    ("Turkey and Greece had poor relations, but the leaders of the two countries spoke by telephone on Friday night.",
     {("Turkey", "spokeWith", "Greece")}, set()),
    ("Vladimir Putin and Xi Jinping held talks in Moscow on Monday. The two leaders agreed to expand cooperation.",
     {("Vladimir Putin", "agreedTo", "Xi Jinping")}, set()),
    ("China and the United States signed a deal. Trade between the two countries fell.",
     {("China", "tradePartnerOf", "United States")}, set()),
    ("Russian President Vladimir Putin met Chinese President Xi Jinping on Monday. Trade between the two countries"
     " rose.", {("Russia", "tradePartnerOf", "China")}, {("Vladimir Putin", "tradePartnerOf", "Xi Jinping")}),
    ("Japan, China and South Korea held talks on Monday. Trade between the two countries fell.",
     {("Japan", "met", "China")}, {("Japan", "tradePartnerOf", "China"), ("China", "tradePartnerOf", "South Korea")}),
    ("Jacques Chirac met Helmut Kohl in Paris on Monday. They said they agreed with that.",
     {("Jacques Chirac", "met", "Helmut Kohl")}, {("Jacques Chirac", "agreedTo", "Helmut Kohl")}),
    # "the community" is the organisation last named with that noun, however far back; "the network"
    # is no legislature.
    ("Spain and Portugal joined the European Community in 1986. Farmers protested in Madrid. Prices rose sharply."
     " Trade fell. The community criticized Japan on Monday.", {("European Community", "criticized", "Japan")}, set()),
    ("The BBC said on Monday that Congress had passed the bill. The network criticized Congress.",
     {("BBC", "criticized", "United States Congress")},
     {("United States Congress", "criticized", "United States Congress")}),
    # "the House", "the court", "the Bank" are the body last named with that noun; "the House" is a
    # chamber ("House of ..."), never the White House.
    ("The House of Representatives voted on Monday. The White House condemned the vote. Kerri Kupec"
     " criticized the House's decision.", {("Kerri Kupec", "criticized", "United States House of Representatives")},
     {("Kerri Kupec", "criticized", "White House")}),
    ("The White House condemned the vote. Kerri Kupec criticized the House's decision.",
     {("White House", "criticized", "vote")}, {("Kerri Kupec", "criticized", "White House")}),
    ("Joanna Cherry petitioned the Court of Session on Monday. The court criticized Boris Johnson.",
     {("Court of Session", "criticized", "Boris Johnson")}, set()),
    # An unnamed official speaks for the country of the collective he speaks for, in his quotation too.
    ('"We condemn the attack on Israel," a spokesman for the German government said.',
     {("Germany", "criticized", "attack")}, {("Israel", "criticized", "attack")}),
    ("A spokesman for the government of Iran condemned the attack.", {("Iran", "criticized", "attack")}, set()),
    # Given names NER left out before the surname are part of the name; titles are not.
    ("Mayor of London Sadiq Khan criticized Boris Johnson.", {("Sadiq Khan", "criticized", "Boris Johnson")},
     {("Khan", "criticized", "Boris Johnson")}),
    ("It was co-sponsored by Senators Marco Rubio of Florida and Mike Lee of Utah.",
     {("Marco Rubio", "officialOf", "United States")}, {("Senators Marco Rubio", "officialOf", "United States")}),
    # "Jr." after a comma is part of the name, and "Vance" alone is the same person.
    ("Joe Biden sued Manhattan District Attorney Cyrus R. Vance, Jr. on Thursday. Vance criticized Biden.",
     {("Joe Biden", "accused", "Cyrus R. Vance Jr."), ("Cyrus R. Vance Jr.", "criticized", "Joe Biden")},
     {("Joe Biden", "accused", "Cyrus R. Vance"), ("Vance", "criticized", "Joe Biden")}),
    # A body's name NER cut at its "and" is one name; two names joined by "and" stay two.
    ("In April, the House Oversight and Reform Committee authorized subpoenas.",
     {("House Oversight and Reform Committee", "approved", "subpoenas")}, {("Reform Committee", "approved", "subpoenas")}),
    ("Britain and the Reform Committee criticized the report.", {("United Kingdom", "criticized", "report")},
     {("Britain and the Reform Committee", "criticized", "report")}),
    # Events of a series are told apart by their ordinal; "the debate" after "the first debate" is the first.
    ("The second presidential debate was cancelled on Friday. Joe Biden attended the first presidential debate in"
     " Cleveland. Donald Trump attended the debate too.",
     {("Joe Biden", "attended", "first presidential debate"), ("Donald Trump", "attended", "first presidential debate")},
     {("Joe Biden", "attended", "second presidential debate")}),
    # "the embassy", "the government" are the country whose embassy or government was named last,
    # not the country named last.
    ("Rockets hit the US embassy in Baghdad on Monday. The embassy condemned the attack.",
     {("United States", "criticized", "attack")}, {("Iraq", "criticized", "attack")}),
    ("Hungary's government rejected the plan. Poland criticized the European Union. The government also criticized"
     " Germany.", {("Hungary", "criticized", "Germany")}, {("Poland", "criticized", "Germany")}),
    ("Rockets hit the US embassy in Baghdad. Iraq condemned the attack. The embassy criticized Iran.",
     {("United States", "criticized", "Iran")}, {("Iraq", "criticized", "Iran")}),
    # "the two men", "the pair" are the two persons that acted together; "the men" uncounted are nobody named.
    ("Joe Biden met Xi Jinping in Bali. The two men discussed Taiwan.",
     {("Joe Biden", "discussed", "Taiwan"), ("Xi Jinping", "discussed", "Taiwan")}, set()),
    ("Joe Biden met Xi Jinping in Bali. The pair criticized Russia.", {("Xi Jinping", "criticized", "Russia")}, set()),
    ("Joe Biden met Xi Jinping in Bali. The men criticized Russia.", {("Joe Biden", "met", "Xi Jinping")},
     {("Xi Jinping", "criticized", "Russia")}),
    ("Russia and China held talks. The two men criticized the United States.", {("Russia", "met", "China")},
     {("Russia", "criticized", "United States")}),
    # "we" in an official's quotation is his country; "I" and "our" stay his.
    ('US trade official Michael Samuels criticized Japan. "We joined the GATT in 1948," Samuels said.',
     {("United States", "memberOf", "General Agreement on Tariffs and Trade")},
     {("Michael Samuels", "memberOf", "General Agreement on Tariffs and Trade")}),
    ('"I have instructed our negotiators to present the treaty text," US President Joe Biden said.',
     {("Joe Biden", "leaderOf", "United States")}, {("Joe Biden", "requested", "United States")}),
    # A withdrawal is an event one can condemn; withdrawing from an agreement still rejects it.
    ("Iran condemned the US withdrawal from the nuclear agreement.",
     {("Iran", "criticized", "US withdrawal"), ("United States", "rejected", "nuclear agreement")},
     {("Iran", "criticized", "nuclear agreement")}),
    # "the Saudi-led coalition" is a body of its own, and "the coalition" after it; the leader is not it.
    ("The U.S.-led coalition attacked the city of Mosul on Monday. Iran criticized the coalition.",
     {("U.S.-led coalition", "attacked", "Mosul"), ("Iran", "criticized", "U.S.-led coalition")},
     {("United States", "attacked", "Mosul")}),
    ("Houthi rebels accused the Saudi-led coalition of killing civilians.",
     {("Houthis", "accused", "Saudi-led coalition")}, {("Houthis", "accused", "Saudi Arabia")}),
    # A task force with no name is a body all the same, and "the task force" after it the same one; one
    # that belongs to a named body is that body's.
    ("Agencies from Germany and the United States were part of the international task force. The task force"
     " criticized China.", {("Germany", "memberOf", "international task force"),
                            ("international task force", "criticized", "China")},
     {("task force", "criticized", "China")}),
    ("The White House coronavirus task force criticized China.", {("White House", "criticized", "China")},
     {("White House coronavirus task force", "criticized", "China")}),
    # A known body after the one it belongs to is itself: "the Pentagon Joint Chiefs of Staff".
    ("The Pentagon Joint Chiefs of Staff criticized Iran on Monday.", {("Joint Chiefs of Staff", "criticized", "Iran")},
     {("Pentagon", "criticized", "Iran")}),
    # "event" is an event noun, named by the whole name before it: "the Learning Together event".
    ("Boris Johnson criticized the Learning Together event.",
     {("Boris Johnson", "criticized", "Learning Together event")}, {("Boris Johnson", "criticized", "Together event")}),
    # A body NER ran into a known person's name after it is the body, then the person.
    ("Time considered the United States Speaker of the House Nancy Pelosi, who criticized China on Monday.",
     {("Nancy Pelosi", "officialOf", "United States")}, {("House Nancy Pelosi", "criticized", "China")}),
    # A parenthesised acronym NER ran into a body's name is not part of it; a known body NER ran into
    # a hyphenated name after it is the body, then the person.
    ("This Thursday the United States Commission on International Religious Freedom (USCIRF) also criticized"
     " Erdogan.", {("United States Commission on International Religious Freedom", "criticized", "Erdogan")},
     {("United States Commission on International Religious Freedom (USCIRF", "criticized", "Erdogan")}),
    ("Hong Kong director of Amnesty International Man-kei Tam criticized Carrie Lam.",
     {("Man-kei Tam", "criticized", "Carrie Lam")}, {("Amnesty International Man-kei Tam", "criticized", "Carrie Lam")}),
    # "he" is not a person the text has shown to be a woman ("Mrs", or "she" before), nor "she" a man.
    ("Mrs Thatcher met Kohl in Moscow. He criticized the United States.",
     {("Kohl", "criticized", "United States")}, {("Thatcher", "criticized", "United States")}),
    ("Margaret Thatcher met Kohl in Moscow. She criticized Iran. Later he criticized the United States.",
     {("Margaret Thatcher", "criticized", "Iran"), ("Kohl", "criticized", "United States")},
     {("Margaret Thatcher", "criticized", "United States")}),
    # A capitalised legislature by itself names the body; before a title it is part of the title.
    ("Parliament rejected the agreement on Monday.", {("Parliament", "rejected", "agreement")}, set()),
    ("Parliament Speaker John Bercow criticized Boris Johnson.", {("John Bercow", "criticized", "Boris Johnson")},
     {("Parliament", "criticized", "Boris Johnson")}),
    ("Legislator Tanya Chan spoke to the press after the speech: \"I really urge Carrie Lam to step down.\"",
     {("Tanya Chan", "requested", "Carrie Lam")}, set()),
    # Holders of an office act for the body their modifier names, as "Chinese officials" do.
    ("World Bank President Barber Conable met Indonesian cabinet ministers in Jakarta.",
     {("Barber Conable", "met", "Indonesia")}, set()),
    ("NATO ambassadors met in emergency session to discuss tension between Greece and Turkey.",
     {("NATO", "discussed", "Greece"), ("NATO", "discussed", "Turkey")}, set()),
    # Threats by condition and vow, refusals of what a trigger would do, victims of an attack.
    ("Medvedev warned on Thursday that Moscow would deploy nuclear weapons in the Baltic if Sweden joined NATO.",
     {("Medvedev", "threatened", "Sweden")}, set()),
    ("The White House warned Damascus on Monday that it would pay a heavy price.",
     {("White House", "threatened", "Syria")}, set()),
    ("Iranian President Ebrahim Raisi could threaten NATO, analysts said.", {("Ebrahim Raisi", "leaderOf", "Iran")},
     {("Ebrahim Raisi", "threatened", "NATO")}),
    ("Iran's Supreme Leader Ali Khamenei vowed to punish Israel harshly.", {("Ali Khamenei", "threatened", "Israel")},
     {("Ali Khamenei", "agreedTo", "Israel")}),
    ("Serbia refused on Sunday to recognise Kosovo's declaration of independence.", {("Serbia", "rejected", "Kosovo")},
     {("Serbia", "supported", "Kosovo")}),
    ("Al-Qaeda leader Ayman al-Zawahiri was killed in a U.S. drone strike in Kabul.",
     {("United States", "attacked", "Ayman al-Zawahiri")}, set()),
    ("The United States and Britain launched strikes on Houthi targets in Yemen late on Thursday.",
     {("United States", "attacked", "Houthis"), ("United Kingdom", "attacked", "Houthis")}, set()),
    # Roles: a plural title over coordinated names, a counterpart, a title with "to" before the name.
    ("Presidents William Ruto of Kenya and Yoweri Museveni of Uganda met in Nairobi.",
     {("William Ruto", "leaderOf", "Kenya"), ("Yoweri Museveni", "leaderOf", "Uganda"),
      ("William Ruto", "met", "Yoweri Museveni")}, {("William Ruto", "leaderOf", "Uganda")}),
    ("Blinken met his Indian counterpart S. Jaishankar in Delhi.", {("S. Jaishankar", "officialOf", "India")}, set()),
    ("Portuguese Ambassador to Peking Octavio Valerio signed the accord.",
     {("Octavio Valerio", "officialOf", "Portugal")}, {("Octavio Valerio", "officialOf", "China")}),
    ("French President Emmanuel Macron and Polish President Andrzej Duda met in Warsaw.",
     {("Andrzej Duda", "leaderOf", "Poland")}, {("Andrzej Duda", "leaderOf", "France")}),
    # Cooperation in joint exercises and extradition; a pledge of aid is an agreement, not aid.
    ("Chinese and Russian warships began joint naval exercises in the Sea of Japan on Thursday.",
     {("China", "cooperatedWith", "Russia")}, set()),
    ("Mexico extradited drug lord Joaquin Guzman to the United States on Thursday.",
     {("Mexico", "cooperatedWith", "United States")}, set()),
    ("Japan pledged $5.5 billion in new financial aid to Ukraine on Monday.", {("Japan", "agreedTo", "Ukraine")},
     {("Japan", "aided", "Ukraine")}),
    # Trade measures are documents that actors judge; a passive verb of receiving carries the noun's phrases.
    ("Protests had been received from Senegal and Malaysia over the proposed EC tax on oils.",
     {("Senegal", "criticized", "proposed EC tax"), ("Malaysia", "criticized", "proposed EC tax")}, set()),
    # Peers in an organisation are its members, and so is whoever has them or is named with "other" members.
    ("Greece and Turkey's NATO allies urged restraint. NATO allies Britain and France sent ships.",
     {("Greece", "memberOf", "NATO"), ("Turkey", "memberOf", "NATO"), ("United Kingdom", "memberOf", "NATO")}, set()),
    ("Indonesia, together with other members of ASEAN, protested. Japan's ally the United States objected.",
     {("Indonesia", "memberOf", "ASEAN")}, {("United States", "memberOf", "Japan")}),
    ("The EC's trading partners such as Japan objected.", {("Japan", "tradePartnerOf", "European Community")},
     {("Japan", "memberOf", "European Community")}),
    # Coordinated subjects of a pledge each give their word, not to one another; of "agree", to each other.
    ("China, Iran and Russia have pledged aid to Syria. Iran and Iraq agreed to a ceasefire on Monday.",
     {("China", "agreedTo", "Syria"), ("Iran", "agreedTo", "Iraq")}, {("China", "agreedTo", "Iran")}),
    ("Russia sent military planes carrying virologists and medical equipment to Italy on Sunday.",
     {("Russia", "aided", "Italy")}, set()),
    # Labels: a headline's verb and a wire dateline are not part of a name.
    ("WASHINGTON - Japanese Prime Minister Yasuhiro Nakasone met Ronald Reagan.",
     {("Yasuhiro Nakasone", "met", "Ronald Reagan")}, {("WASHINGTON - Japanese", "met", "Ronald Reagan")}),
    # "would" reported is the report's future; "they" may be the actors named together before it.
    ("The European Commission said it would ask Japan to open its markets.",
     {("European Commission", "requested", "Japan")}, set()),
    ("Iran said it would strike Israel if attacked.", {("Iran", "threatened", "Israel")}, {("Iran", "attacked", "Israel")}),
    ("Spain and Portugal have benefited since they joined the European Community.",
     {("Spain", "memberOf", "European Community"), ("Portugal", "memberOf", "European Community")}, set()),
    ("The EC was enlarged to include Spain and Portugal.",
     {("Spain", "memberOf", "European Community"), ("Portugal", "memberOf", "European Community")}, set()),
    ("The expansion of NATO to include Sweden and Finland was approved.",
     {("Sweden", "memberOf", "NATO"), ("Finland", "memberOf", "NATO")}, set()),
    # Memberships: a person of a party or body, and "part of".
    ("Mayor Bill de Blasio, a member of the Democratic Party, quit the race.",
     {("Bill de Blasio", "memberOf", "Democratic Party")}, set()),
    ("Greece is part of NATO.", {("Greece", "memberOf", "NATO")}, set()),
    ("Donald Tusk, a founding Civic Platform member, condemned the attack.",
     {("Donald Tusk", "memberOf", "Civic Platform")}, set()),
    ("World Bank staff urged Kenya to cut spending.", {("World Bank", "requested", "Kenya")}, set()),
    ("The European Community would retaliate by imposing taxes on U.S. exports.",
     {("European Community", "threatened", "United States")}, set()),
    ("Trump called Biden's plan a disaster.", {("Trump", "criticized", "Biden")}, set()),
    ("Biden called French President Emmanuel Macron, a good friend, on Monday.",
     {("Emmanuel Macron", "leaderOf", "France")}, {("Biden", "supported", "Emmanuel Macron")}),
    ("Iran has conducted repeated attacks on Kuwaiti tankers.", {("Iran", "attacked", "Kuwait")},
     {("Iran", "held", "attacks")}),
    ("Indonesian President Joko Widodo designated Wiranto, a former general, as the nation's security minister.",
     {("Joko Widodo", "leaderOf", "Indonesia")}, {("Joko Widodo", "sanctioned", "Wiranto")}),
    ("Trump met Putin. Trump granted David Safavian, formerly the agency's chief of staff, a full pardon.",
     {("Trump", "met", "Putin")}, {("Trump", "aided", "David Safavian")}),
    ("The United States designated Hezbollah a terrorist organization.",
     {("United States", "sanctioned", "Hezbollah")}, set()),
    ("Washington wants Tokyo to open its markets.", {("United States", "requested", "Japan")}, set()),
    ("Japanese Prime Minister Fumio Kishida wanted the communique to imply a higher dollar.",
     {("Fumio Kishida", "leaderOf", "Japan")}, {("Fumio Kishida", "requested", "communique")}),
    ("The talks follow an agreement reached between Nigeria and the Paris Club in December.",
     {("Nigeria", "agreedTo", "agreement"), ("Paris Club", "agreedTo", "agreement")}, set()),
    ("The Paris accords agreed by the Group of Five industrial nations held.",
     {("Group of Five", "agreedTo", "Paris accords")}, set()),
    ("The pact, agreed to by Japan last July, called for Tokyo to end dumping.", {("Japan", "agreedTo", "pact")},
     {("pact", "agreedTo", "Japan")}),
    ("Kishida vowed to push through the tax reforms.", {("Kishida", "supported", "tax reforms")},
     {("Kishida", "agreedTo", "tax reforms")}),
    ("Iran pressed ahead with its nuclear programme.", {("Iran", "supported", "nuclear programme")}, set()),
    ("Japan is upset about the American tariffs.", {("Japan", "criticized", "American tariffs")}, set()),
    ("Kishida called the Chinese move rash and unforgivable.", {("Kishida", "criticized", "China")}, set()),
    ("Robert Mugabe, former president of Zimbabwe, has died, according to current president Emmerson Mnangagwa.",
     {("Robert Mugabe", "leaderOf", "Zimbabwe")}, {("Emmerson Mnangagwa", "leaderOf", "United Kingdom")}),
    ("Watts recommended Baker to be his replacement, and Washington wants Tokyo to open its markets.",
     {("United States", "requested", "Japan")}, {("Watts", "requested", "Baker")}),
    ("The U.S. and Brazil have each laid the blame on the other.",
     {("United States", "accused", "Brazil"), ("Brazil", "accused", "United States")}, set()),
    ("India and Pakistan each accused the other of violating the ceasefire.",
     {("India", "accused", "Pakistan"), ("Pakistan", "accused", "India")}, set()),
    ("Japan is still dumping microchips in third countries. The U.S. has threatened retaliatory action.",
     {("United States", "threatened", "Japan")}, set()),
    ("Iran met Iraq on Monday. The U.S. has threatened retaliatory action.",
     {("Iran", "met", "Iraq")}, {("United States", "threatened", "Iran"), ("United States", "threatened", "Iraq")}),
    # A judgement naming only its holder, framing what a clause did, judges what the clause acts on.
    ("The plan was shelved because of opposition from Britain and West Germany.",
     {("United Kingdom", "rejected", "plan"), ("Germany", "rejected", "plan")}, set()),
    ("Ministers agreed the butter scheme despite Spanish and Portuguese opposition.",
     {("Spain", "rejected", "butter scheme"), ("Portugal", "rejected", "butter scheme")}, set()),
    ("Wright called the meeting because of his concern the debt crisis was deepening.",
     {("Wright", "held", "meeting")}, {("Wright", "criticized", "meeting")}),
    # In a story of two countries, one who deals with the other's official is of the first.
    ("Japan and the United States are at odds over chips. Japan wants talks, and the United States wants action. "
     "Postal Minister Shunjiro Karasawa told U.S. Commerce Secretary Malcolm Baldrige that the ministry would agree.",
     {("Shunjiro Karasawa", "officialOf", "Japan")}, {("Shunjiro Karasawa", "officialOf", "United States")}),
    # A body NER missed, named before a role only a body has or written as an acronym; not a portfolio.
    ("The union said Aslef general secretary Mick Whelan had agreed.", {("Mick Whelan", "leaderOf", "Aslef")}, set()),
    ("ABS-CBN CEO Carlo Katigbak said the network would comply.",
     {("Carlo Katigbak", "leaderOf", "ABS-CBN")}, set()),
    ("Association chairman Ulrich Wagner met Chancellor Helmut Kohl.", {("Ulrich Wagner", "met", "Helmut Kohl")},
     {("Ulrich Wagner", "leaderOf", "Association")}),
    ("Jay Naidoo, general secretary of the Congress of South African Trade Unions, backed the strike.",
     {("Jay Naidoo", "leaderOf", "Congress of South African Trade Unions")}, set()),
    ("Mayor of London Sadiq Khan said the city was safe.", {("Sadiq Khan", "officialOf", "London")}, set()),
    ("Iran said the U.S. presence in the Gulf was a provocation.", {("Iran", "criticized", "United States")},
     {("Iran", "supported", "United States")}),
    # A national office without its country takes the one another mention of the person gives.
    ("South Korean Trade Minister Rha Woong-bae met Yeutter. Later Trade Minister Rha met Baker.",
     {("Rha Woong-bae", "officialOf", "South Korea")}, set()),
    # Trade relations stated by nouns and verbs; a country after the name must be said of the person.
    ("South Korea's trade surplus with the United States rose to 7 billion dollars.",
     {("South Korea", "tradePartnerOf", "United States")}, set()),
    ("Trade between Britain and the Soviet Union has grown.", {("United Kingdom", "tradePartnerOf", "Soviet Union")},
     set()),
    ("Trade Minister Rha Woong-bae told the U.S. Chamber of Commerce that South Korea's trade surplus with the "
     "United States would shrink.", {("South Korea", "tradePartnerOf", "United States")},
     {("Rha Woong-bae", "officialOf", "United States")}),
    ("Greek Prime Minister Andreas Papandreou said the agreement between Greece and Turkey lapsed.",
     {("Andreas Papandreou", "leaderOf", "Greece")}, {("Greece", "agreedTo", "Turkey")}),
    # Nominal events with their participants: a time possessor names no one; "of" names the agent;
    # a noun a verb took relates the participants it names itself, never the verb's subject.
    ("Talks will take place during next week's visit to Tokyo by Trade Minister Michael Howard.",
     {("Michael Howard", "visited", "Tokyo")}, set()),
    ("Beijing welcomed the visit of U.S. Secretary of State George Shultz to China.",
     {("George Shultz", "visited", "China")}, set()),
    ("Russia rejected talks with Ukraine.", {("Russia", "rejected", "talks")}, {("Russia", "met", "Ukraine")}),
    # A demand, warning or accusation that is answered was addressed to whoever answers it; a
    # lawsuit is answered by a court, not by its target. Agents are never the noun's target.
    ("Sudan has rejected a demand by the International Monetary Fund for a currency devaluation.",
     {("International Monetary Fund", "requested", "Sudan")}, set()),
    ("Greece, responding to a warning by Turkey against oil drilling in the Aegean, said it had the right to decide.",
     {("Turkey", "threatened", "Greece")}, set()),
    ("The European Community ignored Manila's request for lower tariffs on coconut oil.",
     {("Philippines", "requested", "European Community")}, set()),
    ("Iran rejected the accusation by the United States.", {("United States", "accused", "Iran")}, set()),
    ("Judge Victor Marrero dismissed Donald Trump's lawsuit against Cyrus Vance.",
     {("Donald Trump", "accused", "Cyrus Vance")}, {("Donald Trump", "accused", "Victor Marrero")}),
    ("The GATT Council will examine a U.S. complaint against Canada.", {("United States", "criticized", "Canada")},
     {("United States", "criticized", "GATT Council")}),
    ("Japan faced criticism from China.", {("China", "criticized", "Japan")}, {("Japan", "criticized", "China")}),
    # "At the request of X": X asked whoever acted.
    ("Russian troops entered Kazakhstan at the request of President Kassym-Jomart Tokayev.",
     {("Kassym-Jomart Tokayev", "requested", "Russia")}, set()),
    # The noun of an infinitive names who acts ("the move by Washington to impose"); when it names
    # someone else, the clause's subject does not act ("condemned the American decision to sell").
    ("Moscow criticised the move by Washington to impose sanctions on Iran.",
     {("United States", "sanctioned", "Iran")}, {("Russia", "sanctioned", "Iran")}),
    ("China condemned the American decision to sell arms to Taiwan.", {("China", "criticized", "United States")},
     {("China", "tradePartnerOf", "Taiwan")}),
    # What the subject receives or foils it does not perform.
    ("Critics have claimed this is a move by Prime Minister Boris Johnson to foil opposition to his plans.",
     {("Boris Johnson", "leaderOf", "United Kingdom")}, {("Boris Johnson", "rejected", "plans")}),
    # A name hyphened to a participle performs it on the noun ("Iran-backed Houthi rebels"); a
    # noun it does not name ("the Iranian-backed militia") gives no object.
    ("Iran-backed Houthi rebels fired missiles at a ship.", {("Iran", "supported", "Houthis")}, set()),
    ("The Saudi-backed government of Yemen criticized the Houthis.", {("Saudi Arabia", "supported", "Yemen")},
     set()),
    # Leaving for a place is going there.
    ("Brazilian Finance Minister Dilson Funaro spoke to reporters before his departure for Paris.",
     {("Dilson Funaro", "visited", "Paris")}, set()),
    ("South Korean Finance Minister Chung In-yong will leave for Washington on Monday.",
     {("Chung In-yong", "visited", "Washington")}, set()),
    # Speaking with a news outlet is an interview, no conversation between actors.
    ("Amar Patel spoke with Wikinews about the campaign, and Vladimir Putin spoke with Xi Jinping by phone.",
     {("Vladimir Putin", "spokeWith", "Xi Jinping")}, {("Amar Patel", "spokeWith", "Wikinews"),
                                                      ("Amar Patel", "met", "Wikinews")}),
    # A portfolio before a title ("Farm Commissioner") is no body.
    ("The lobby Coceral has written to EC Farm Commissioner Frans Andriessen asking for talks.",
     {("Frans Andriessen", "officialOf", "European Community")}, {("Frans Andriessen", "officialOf", "Farm")}),
    # Refusing to tell ("declined to identify") rejects no one.
    ("Pepsico declined to identify the Japanese buyers, and Iran rejected the Iraqi proposal.",
     {("Iran", "rejected", "Iraq")}, {("Pepsico", "rejected", "Japan")}),
    ("Volkswagen chairman Carl Hahn declined to predict U.S. sales for 1987.",
     {("Carl Hahn", "leaderOf", "Volkswagen")}, {("Carl Hahn", "rejected", "United States")}),
    # The line one talks on is no topic.
    ("Fernandez and deputy governor Gabriel Singson conferred on the telephone, and Putin and Xi conferred on "
     "Ukraine.", {("Putin", "discussed", "Ukraine")}, {("Gabriel Singson", "discussed", "telephone")}),
    # A noun whose owner stands before it has in its "of" phrase what it is of, not whose.
    ("The United States opposes Soviet membership of the International Monetary Fund.",
     {("United States", "rejected", "Soviet Union")}, {("United States", "rejected", "International Monetary Fund")}),
    # A lone demonym NER took for an organisation is the nationality.
    ("Kuwaiti Oil Minister Sheikh Ali al-Khalifa al-Sabah said no OPEC member was exceeding its quota.",
     {("Ali al-Khalifa al-Sabah", "officialOf", "Kuwait")}, {("Ali al-Khalifa al-Sabah", "officialOf", "Kuwaiti")}),
    # Coordinated subjects of "negotiate with" a partner who is no actor did not negotiate with each other.
    ("The CME and the CBOE will negotiate with a third party, and Vladimir Putin and Xi Jinping met in Moscow.",
     {("Vladimir Putin", "met", "Xi Jinping")}, {("CME", "met", "CBOE")}),
    # An offer is no agreement; a coalition of bidders did not agree with each other.
    ("AFG and Wagner and Brown offered to acquire Lear Siegler Inc, and Japan agreed to the plan.",
     {("Japan", "agreedTo", "plan")}, {("AFG", "agreedTo", "Lear Siegler Inc"), ("AFG", "agreedTo", "Wagner Group")}),
    # A reported judgement is the speaker's only when it is not denied, when "it" is not the clause that
    # follows, and by the words of the judgement itself, not of what it is compared with.
    ("Agriculture Secretary Richard Lyng said Italy's response had not been encouraging.",
     {("Richard Lyng", "officialOf", "United States")}, {("Richard Lyng", "supported", "Italy")}),
    ("The Treasury Department issued a report on Monday. U.S. Treasury Secretary James Baker said it would be "
     "politically wrong for the United States to guarantee the loans.",
     {("James Baker", "officialOf", "United States")}, {("James Baker", "criticized", "Treasury Department")}),
    ("U.S. Senator John Danforth said the Senate bill was similar to a provision in an emergency disaster "
     "assistance bill.", {("John Danforth", "officialOf", "United States")},
     {("John Danforth", "criticized", "United States Senate")}),
    ('German Finance Minister Gerhard Stoltenberg said, "One failing of the EMS is important countries, like '
     'Great Britain, are not members."', {("Gerhard Stoltenberg", "officialOf", "Germany")},
     {("Gerhard Stoltenberg", "supported", "EMS")}),
    ("Poland called the Russian decision an act of barbarity.", {("Poland", "criticized", "Russia")}, set()),
    # One discusses the issues one raises, not the capital a company raises.
    ("Boral Ltd said it will raise 100 mln dlrs by placing notes, and Xi Jinping raised the issue of Taiwan.",
     {("Xi Jinping", "discussed", "Taiwan")}, {("Boral Ltd", "discussed", "mln dlrs")}),
    # A relative clause on the name though the parser hung it on the word before.
    ("Bolton often had disagreements with Mike Pompeo who is the secretary of state.",
     {("Mike Pompeo", "officialOf", "United States")}, set()),
    # A name NER ran into the title ("Republican Senate") is the title's word, not its owner.
    ("Mitch McConnell, the Republican Senate Majority Leader, said the vote was a sham.",
     {("Mitch McConnell", "officialOf", "United States")}, {("Mitch McConnell", "officialOf", "Republican Senate")}),
    # A flat compound title run into the name; a judge of a country's court is its official.
    ("United States Attorney Jessie K. Liu spoke. United States District Court Judge Victor Marrero ruled.",
     {("Jessie K. Liu", "officialOf", "United States"), ("Victor Marrero", "officialOf", "United States District Court")},
     set()),
    # A correspondent works for the outlet; a CEO leads a company, never the country named beside him.
    ("NBC News correspondent Kristen Welker said Russian CEO Oleg Deripaska met Vladimir Putin.",
     {("Kristen Welker", "officialOf", "NBC News"), ("Oleg Deripaska", "met", "Vladimir Putin")},
     {("Oleg Deripaska", "leaderOf", "Russia")}),
    # An MP "of" a party belongs to it; the party holds no seat in parliament.
    ("Member of Parliament (MP) Yvette Cooper of the Labour Party criticized Boris Johnson.",
     {("Yvette Cooper", "memberOf", "Labour Party")}, {("Yvette Cooper", "officialOf", "Labour Party")}),
    # The wires name in the second sentence the official the lead introduced by title.
    ("A senior British official said the bills could trigger retaliation. Paul Channon, secretary for trade and "
     "industry, said the community would retaliate.", {("Paul Channon", "officialOf", "United Kingdom")}, set()),
    ("A senior Soviet official said a visit to Moscow by U.S. Secretary of State George Shultz was considered. "
     "Deputy Foreign Minister Alexander Bessmertnykh told a news conference the visit would be welcome.",
     {("Alexander Bessmertnykh", "officialOf", "Soviet Union"), ("George Shultz", "officialOf", "United States")},
     {("Alexander Bessmertnykh", "officialOf", "United States")}),
    # A minister without a country in a story whose national offices are all of one country.
    ("Interior Minister Joachim Brudziński called the stabbing an act of barbarity. Prime Minister Mateusz "
     "Morawiecki tweeted his sympathy. President Andrzej Duda prayed.",
     {("Joachim Brudziński", "officialOf", "Poland"), ("Mateusz Morawiecki", "leaderOf", "Poland")}, set()),
    # "counter-part" as the tokenizer splits it, its demonym hung on the name.
    ("Dutch Agriculture Minister Gerrit Braks said talks with his West German counter-part Ignaz Kiechle were useful.",
     {("Ignaz Kiechle", "officialOf", "Germany")}, set()),
    # Members of no named body are of the international organisation the sentence named before them,
    # whatever the clause around the noun; one that is yet to come is no membership.
    ("NATO ambassadors met to discuss tension between members Greece and Turkey. Tension between members Spain "
     "and Italy worried the UN and NATO.", {("Greece", "memberOf", "NATO"), ("Turkey", "memberOf", "NATO")},
     {("Spain", "memberOf", "NATO"), ("Spain", "memberOf", "United Nations")}),
    # An aspect of a thing stands for the thing ("the quality of X's work"), a participle's agent owns its noun.
    ("Chetwynd praised the quality of Obama's work, and France criticized the terms of the agreement.",
     {("Chetwynd", "supported", "Obama"), ("France", "criticized", "agreement")}, set()),
    ("Collin Peterson opposed both articles of impeachment. Germany said it would oppose major elements of the plan.",
     {("Collin Peterson", "rejected", "impeachment"), ("Germany", "rejected", "plan")}, set()),
    # More words of judgement; a report called baseless or propaganda is denied, not its owner criticized.
    ('Putin called the US decision a political maneuver, and Corbyn called the Johnson plan a "smash and grab".',
     {("Putin", "criticized", "United States"), ("Corbyn", "criticized", "Johnson")}, set()),
    ("Biden called Obama a statesman. Iran said reports that it intended to threaten the U.S. were baseless.",
     {("Biden", "supported", "Obama")}, {("Iran", "criticized", "reports")}),
    # A denied clause asserts nothing, and the denial rejects no one in it.
    ("Russia denied that it attacked Ukraine. Iran said that it attacked Iraq.",
     {("Iran", "attacked", "Iraq")}, {("Russia", "attacked", "Ukraine"), ("Russia", "rejected", "Ukraine")}),
    # A platform one posts on is no actor: the one who posts blames.
    ("Russia posted on Telegram blaming Kyiv for the attack.",
     {("Russia", "accused", "Ukraine")}, {("Telegram", "accused", "Ukraine")}),
    # Coming under fire from a named actor is criticism; under fire from an armed group, or rocket fire, shooting.
    ("Japan's trade surplus has come under fire in Congress. The plan came under fire from Germany.",
     {("United States Congress", "criticized", "Japan"), ("Germany", "criticized", "plan")}, set()),
    ("The convoy came under fire from Hamas, and the US plan came under rocket fire from Iraq. Obama met Putin.",
     {("Obama", "met", "Putin")}, {("Hamas", "criticized", "convoy"), ("Iraq", "criticized", "United States")}),
    # An ending stands for what it ends: "an end to Washington's exemption" asks Washington.
    ("Australia called for an end to Washington's exemption. Egypt demanded a halt to Israeli settlement building.",
     {("Australia", "requested", "United States"), ("Egypt", "requested", "Israel")}, set()),
    # The judgement put before the thing judged: "denounced as unacceptable the new plan".
    ("France denounced as totally unacceptable the new treaty. Japan described as a success the Canadian plan.",
     {("France", "criticized", "new treaty"), ("Japan", "supported", "Canada")}, set()),
    ("The treaty caused criticism from Germany.", {("Germany", "criticized", "treaty")}, set()),
    # A relative pronoun's antecedent is the object; not a noun after a preposition.
    ("Moscow adopted the plan, which Kyiv criticized. Obama met Putin, whom Merkel criticized.",
     {("Ukraine", "criticized", "plan"), ("Merkel", "criticized", "Putin")}, set()),
    ("Katigbak apologized to Duterte during the hearing, which the President accepted.",
     {("Katigbak", "supported", "Duterte")}, {("Duterte", "agreedTo", "hearing")}),
    # Saying an actor did a wrong accuses it: committed war crimes, was behind an attack, won due to fraud.
    ("Amnesty said Russia committed war crimes. Donald Trump claimed Joe Biden only won the elections due to fraud.",
     {("Amnesty International", "accused", "Russia"), ("Donald Trump", "accused", "Joe Biden")}, set()),
    ("Ukraine said Russia was behind the attack. Kyiv said Germany was responsible for the talks.",
     {("Ukraine", "accused", "Russia")}, {("Ukraine", "accused", "Germany")}),
    ("Kyiv said Russia was not behind the attack. Ukraine said Iran could be behind the attack. Obama met Putin.",
     {("Obama", "met", "Putin")}, {("Ukraine", "accused", "Russia"), ("Ukraine", "accused", "Iran")}),
    # Reported speech of a hypothetical accuses and judges no one.
    ("Russia said Ukraine might attack Crimea. Iran said the US ban could be discriminatory. Obama met Putin.",
     {("Obama", "met", "Putin")}, {("Russia", "accused", "Ukraine"), ("Iran", "criticized", "United States")}),
    ("Russia said Ukraine would violate the accord if sanctions were lifted. Obama met Putin.",
     {("Obama", "met", "Putin")}, {("Russia", "accused", "Ukraine")}),
    # "independence for", "terms for": the thing is named after "for" as well; only judgements look through.
    ("Al-Quaety openly supported independence for Kosovo. Germany supported new terms for Argentina's debt.",
     {("Al-Quaety", "supported", "Kosovo"), ("Germany", "supported", "Argentina")}, set()),
    ("Japan welcomed the results of the election. Obama met Putin.",
     {("Obama", "met", "Putin")}, {("Japan", "hosted", "election")}),
    # Not accepting rejects; not yet accepting, or not accepting if, does not.
    ("Taiwan said it would not recognise the agreement. Kuwait decided not to accept a U.S. offer.",
     {("Taiwan", "rejected", "agreement"), ("Kuwait", "rejected", "United States")}, set()),
    ("The UN does not recognise Crimea as Russian. Obama met Putin.",
     {("Obama", "met", "Putin")}, {("United Nations", "rejected", "Crimea")}),
    ("Iran has not yet accepted the US offer. If Japan does not accept the plan, Russia will leave. Obama met Putin.",
     {("Obama", "met", "Putin")}, {("Iran", "rejected", "United States"), ("Japan", "rejected", "plan")}),
    # Denying an actor's claim rejects the actor.
    ("The U.S. Embassy replied that Chinese figures are inaccurate. Moscow said Kyiv's claims were false.",
     {("United States", "rejected", "China"), ("Russia", "rejected", "Ukraine")}, set()),
    # A standing with another party names it: "the trade imbalance with Japan"; an owned one, its owner.
    ("Howard expressed frustration with the huge trade imbalance with Japan.",
     {("Howard", "criticized", "Japan")}, set()),
    ("Britain complained about Japan's surplus with the United States.",
     {("United Kingdom", "criticized", "Japan")}, {("United Kingdom", "criticized", "United States")}),
    ("Lavrov referred to the talks as a failure. Chancellor Angela Merkel referred to Barack Obama as a friend.",
     {("Lavrov", "criticized", "talks"), ("Angela Merkel", "supported", "Barack Obama")}, set()),
    # Complaining that something did a thing criticizes it; not an event, nor a supposition.
    ("China complained that the United States had raised tariffs. Japan complained that the US plan could hurt it.",
     {("China", "criticized", "United States")}, {("Japan", "criticized", "United States")}),
    ("France complained that the talks with Germany had stalled. Obama met Putin.",
     {("Obama", "met", "Putin")}, {("France", "criticized", "talks")}),
    ("Akzo said the ban, imposed by the U.S. International Trade Commission, was discriminatory.",
     {("Akzo", "criticized", "U.S. International Trade Commission")}, set()),
    # Attitudes: "is critical of", "also opposed to", "in favour of"; "as opposed to" only contrasts.
    ("Japan remained highly critical of China. Germany, also opposed to the new treaty, said it would vote.",
     {("Japan", "criticized", "China"), ("Germany", "rejected", "new treaty")}, set()),
    ("Britain is supportive of the plan, and Obama is in favor of Kenya. Japan, as opposed to China, signed it.",
     {("United Kingdom", "supported", "plan"), ("Obama", "supported", "Kenya")}, {("Japan", "rejected", "China")}),
    ("Japan is not critical of China. Russia has always been hostile toward NATO.",
     {("Russia", "criticized", "NATO")}, {("Japan", "criticized", "China")}),
    # Trading partners are countries and blocs, never companies that sold each other shares.
    ("Japan sold rice to the European Community, and Pennwalt Corp bought shares from Anschutz Corp.",
     {("Japan", "tradePartnerOf", "European Community")}, {("Pennwalt Corp", "tradePartnerOf", "Anschutz Corp.")}),
    # A "with" phrase the parser hung on the place the meeting is at names who was met; the meeting
    # with someone is not a meeting merely attended.
    ("U.S. negotiator Max Kampelman presented the draft during a meeting at the American mission with Soviet "
     "negotiator Yuli Vorontsov.", {("Max Kampelman", "met", "Yuli Vorontsov")}, {("Max Kampelman", "attended", "meeting")}),
    # "would" in the second of two clauses a reporting verb governs is the report's future too.
    ("The White House said Reagan would be in Rome on June 3 and would meet Pope John Paul II on June 6.",
     {("Reagan", "met", "Pope John Paul II")}, set()),
    # The one whose guest someone is hosts them; a broadcaster's guest is interviewed.
    ("Reagan will stay in Rome as the guest of President Francesco Cossiga. Smith spoke as a guest of the BBC.",
     {("Francesco Cossiga", "hosted", "Reagan")}, {("BBC", "hosted", "Smith")}),
    # A meeting "of" several actors is between them; a meeting of one body's ministers is not.
    ("A meeting of Chile, Peru and Bolivia ended in La Paz. Britain called for cuts at a meeting of EC ministers. "
     "The U.S. bombing of Libya was condemned.",
     {("Chile", "met", "Peru"), ("Chile", "met", "Bolivia"), ("Peru", "met", "Bolivia"),
      ("United States", "attacked", "Libya")},
     {("United Kingdom", "met", "EC ministers"), ("Britain", "met", "EC ministers")}),
    # A body that meets in session holds the session; its envoys' meeting is the body's; people meeting
    # in a city hold nothing.
    ("NATO ambassadors met in emergency session today. The UN Security Council met in an emergency session on Sunday. "
     "NATO ministers met in Brussels.", {("NATO", "held", "emergency session"),
                                         ("United Nations Security Council", "held", "emergency session")},
     {("NATO", "held", "Brussels")}),
    # Talks in a place are a visit of it for a participant whose office is another country's, not for one of
    # that country's or for an ambassador posted there.
    ("British Foreign Secretary Sir Geoffrey Howe and U.S. Secretary of State George Shultz will discuss trade in "
     "talks in Washington. Portuguese Ambassador to China Octavio Valerio spoke after Valerio's talks in Beijing.",
     {("Geoffrey Howe", "visited", "Washington")},
     {("George Shultz", "visited", "Washington"), ("George Shultz", "visited", "United States"),
      ("Octavio Valerio", "visited", "Beijing")}),
    ("British Foreign Secretary Sir Geoffrey Howe arrived. Howe's main mission in Washington was to brief Shultz.",
     {("Geoffrey Howe", "visited", "Washington")}, set()),
    # Named actors acting together in talks that name no other participant met each other; speakers at a
    # meeting attended it, perhaps with many others.
    ("Putin and Xi signed the deal after talks in Moscow. Britain and France spoke at the meeting in Brussels.",
     {("Putin", "met", "Xi")}, {("United Kingdom", "met", "France")}),
    # A visit naming no destination is to the one country besides the visitor's own that the article is about;
    # when no one country stands out, it is to nowhere known.
    ("U.S. Secretary of State George Shultz will hold talks. France and the United States disagree on trade. "
     "France wants lower tariffs. France will dominate Shultz's two-day visit.",
     {("George Shultz", "visited", "France")}, {("George Shultz", "visited", "United States")}),
    ("U.S. Secretary of State George Shultz will hold talks. France and Germany disagree on trade. France and "
     "Germany want lower tariffs. Germany and France will dominate Shultz's two-day visit.",
     {("George Shultz", "officialOf", "United States")},
     {("George Shultz", "visited", "France"), ("George Shultz", "visited", "Germany")}),
    # The actor hyphened to "sponsored" or "organised" holds the event, one token or three; a well-organised
    # rally has no holder.
    ("The attacks came after the start of U.N.-sponsored talks on Afghanistan. A Soviet-sponsored conference "
     "opened. The well-organized rally ended.",
     {("United Nations", "held", "U.N.-sponsored talks"), ("Soviet Union", "held", "Soviet-sponsored conference")},
     set()),
    # Coordinated participles share the agent after the last of them and the patient of the first; an
    # active verb after a passive one is done by the patient, not the agent.
    ("The Houthis were supported, trained and armed by Iran.",
     {("Iran", "supported", "Houthis"), ("Iran", "aided", "Houthis")}, set()),
    ("Hezbollah, funded and armed by Iran, attacked Israel.",
     {("Iran", "aided", "Hezbollah"), ("Hezbollah", "attacked", "Israel")}, {("Iran", "attacked", "Israel")}),
    ("Iran was condemned by the United Nations and criticized Israel.",
     {("United Nations", "criticized", "Iran"), ("Iran", "criticized", "Israel")},
     {("United Nations", "criticized", "Israel")}),
    # "a chef named Lukasz" is Lukasz; "named" as a main verb names no one.
    ("A Polish chef named Lukasz attacked Khan. A group called Hamas attacked Israel.",
     {("Lukasz", "attacked", "Khan"), ("Hamas", "attacked", "Israel")}, set()),
    # A verb coordinated with a reported clause about a thing, in the reporting verb's tense, is the
    # speaker's; one in the clause's own tense, or after an actor subject, stays the clause's.
    ("Japanese Prime Minister Yasuhiro Nakasone said the exchange has done its utmost and called on Britain to make"
     " concessions. Nakasone said Britain has failed and criticized France.",
     {("Yasuhiro Nakasone", "requested", "United Kingdom"), ("United Kingdom", "criticized", "France")},
     {("Yasuhiro Nakasone", "criticized", "France")}),
    # A gerund of means or time is done by the main clause's subject; of a passive clause, by its patient.
    ("Israeli troops killed 20 Hamas fighters in storming Gaza. Israel was condemned by the United Nations after"
     " attacking Lebanon.",
     {("Israel", "attacked", "Gaza"), ("United Nations", "criticized", "Israel"), ("Israel", "attacked", "Lebanon")},
     {("United Nations", "attacked", "Lebanon")}),
    # A judgement noun's "by" agent, whether the parser labels it prep or agent, or hangs it on the
    # verb of receiving; its "to" phrase stranded on the verb above it.
    ("The American fee has drawn objections by Canada. GATT will rule on objections by Mexico to a customs fee"
     " imposed by Japan.",
     {("Canada", "criticized", "United States"), ("Mexico", "criticized", "Japan")}, set()),
    # Seven countries that agree to cooperate agree on a course, not pair by pair; two agree with each
    # other; "under" an accord they agreed to it; a measure they agree to forego is not taken.
    ("Britain, Canada, France, Italy, Japan, the United States and West Germany agreed to cooperate to hold"
     " currencies stable. Israel and Jordan agreed to resume talks. Under the Paris accords, the United States, Britain,"
     " France, West Germany and Japan agreed to stabilise their currencies. In return, Washington agreed to forego"
     " antidumping duties on Japanese chips.",
     {("Israel", "agreedTo", "Jordan"), ("Japan", "agreedTo", "Paris accords"), ("France", "agreedTo", "Paris accords")},
     {("Canada", "agreedTo", "Italy"), ("Japan", "agreedTo", "France"), ("United States", "sanctioned", "Japan")}),
    # Partners listed as examples are someone's partners, not each other's; a light verb's phrase is its noun's.
    ("Baldrige said trading partners such as Japan, South Korea and Taiwan had large trade surpluses with the U.S.",
     {("Japan", "tradePartnerOf", "United States"), ("Taiwan", "tradePartnerOf", "United States")},
     {("Japan", "tradePartnerOf", "South Korea"), ("South Korea", "tradePartnerOf", "Taiwan")}),
    # A speaker leads the chamber the title names, and holds an office of its country.
    ("House Speaker Jim Wright said the bill would pass. Knesset Speaker Yuli Edelstein resigned.",
     {("Jim Wright", "leaderOf", "United States House of Representatives"), ("Jim Wright", "officialOf", "United States"),
      ("Yuli Edelstein", "leaderOf", "Knesset")}, {("Jim Wright", "leaderOf", "White House")}),
    # A leader in a national legislature holds an office of its country.
    ("Senate Democratic Leader Robert Byrd said the bill would pass.",
     {("Robert Byrd", "officialOf", "United States")}, set()),
    # Speaking to an event's audience attends it; telling reporters does not.
    ("French Farm Minister Francois Guillaume told the annual conference of the FNSEA that prices would fall."
     " Speaking to the NGFA convention, Yeutter said the tax was illegal. Baker told reporters he was pleased.",
     {("Francois Guillaume", "attended", "conference"), ("Yeutter", "attended", "NGFA convention")},
     {("Baker", "attended", "reporters")}),
    # A figurative attack on an actor's policy criticises the actor; on its positions or bases it is an attack.
    ("Japan attacked U.S. trade policy. Iraqi jets attacked Iranian positions near Basra. West Germany and Ireland"
     " are objecting to the new butter rules.",
     {("Japan", "criticized", "United States"), ("Ireland", "criticized", "new butter rules")},
     {("Iraq", "criticized", "Iran")}),
    # Punishing an actor for a wrong accuses it of the wrong; thanking it for help does not.
    ("The SIA urged sanctions against Japan for violating the semiconductor agreement. The United States imposed"
     " sanctions on Libya for its support of terrorism. Reagan thanked Mexico for helping with the talks.",
     {("SIA", "accused", "Japan"), ("United States", "accused", "Libya")}, {("Reagan", "accused", "Mexico")}),
    # A forecast or an open question is no plan; an announced visit is.
    ("He said he expects the full House will approve the trade bill. Whether the Senate will approve the tax is"
     " uncertain. Reagan will visit Tokyo next month.",
     {("Reagan", "visited", "Tokyo")},
     {("House", "approved", "trade bill"), ("United States Senate", "approved", "tax")}),
    # Having someone's support is being supported by them; having a surplus with a partner is trade.
    ("The plan also has the support of France and Italy. Japan has the backing of the United States."
     " Britain has a trade surplus with Japan.",
     {("France", "supported", "plan"), ("United States", "supported", "Japan"),
      ("United Kingdom", "tradePartnerOf", "Japan")}, set()),
    # A title's portfolio that NER ran into the name: "Secretary of Agriculture Richard Lyng".
    ("U.S. Secretary of Agriculture Richard Lyng said the tax was illegal.",
     {("Richard Lyng", "officialOf", "United States")}, {("Agriculture Richard Lyng", "criticized", "tax")}),
    # "or face" wherever the parser hangs it; a reprisal said to follow what another does threatens it.
    ("Yeutter said the EC must drop the tax or face retaliation. Tehran said any interference by the U.S. would"
     " meet a strong response. The U.S. retaliatory measures would cover more than farm goods if Japan approved"
     " the tax, Lyng said.",
     {("Yeutter", "threatened", "European Community"), ("Iran", "threatened", "United States"),
      ("United States", "threatened", "Japan")}, set()),
    # A country's firms asked to act are not its government; its officials are; sanctions on its firms hit it.
    ("MITI is asking Japanese chip makers to limit production. Washington urged Japanese officials to open the"
     " market. The U.S. imposed sanctions on Chinese firms.",
     {("United States", "requested", "Japan"), ("United States", "sanctioned", "China")},
     {("Ministry of International Trade and Industry", "requested", "Japan")}),
    # A person's party is one they belong to.
    ("Prime Minister Fumio Kishida's ruling Liberal Democratic Party approved the budget.",
     {("Fumio Kishida", "memberOf", "Liberal Democratic Party")}, set()),
    # Sending someone a letter is speaking with them at a distance.
    ("Chancellor Kohl sent a letter to Commission President Jacques Delors.",
     {("Kohl", "spokeWith", "Jacques Delors")}, set()),
    # The place named before a visit noun is the visitor's destination.
    ("Reagan's Moscow trip was a success.", {("Reagan", "visited", "Moscow")}, set()),
    # Meeting one's commitments is no meeting.
    ("Japan and West Germany have met their commitments. Putin met Xi Jinping in Moscow.",
     {("Putin", "met", "Xi Jinping")}, {("Japan", "met", "Germany")}),
    # "each other" as the object of a verb whose pattern's phrase is the means.
    ("Israel and Hamas threatened each other with further strikes.",
     {("Israel", "threatened", "Hamas"), ("Hamas", "threatened", "Israel")}, set()),
    # Attitudes stated by the verb of being or as feelings; "could not accept" refuses, "might not" does not.
    ("Japan said it was against the American proposal. Britain was angry with Spain over the dispute. France said"
     " it could not accept the Chinese proposal. Italy said it might not accept the Indian proposal.",
     {("Japan", "rejected", "United States"), ("United Kingdom", "criticized", "Spain"),
      ("France", "rejected", "China")}, {("Italy", "rejected", "India")}),
    # A verb that voices a stance noun leaves the relation to the noun, whose phrase the parser hung on the verb.
    ("Ambassador Smith reaffirmed the strong opposition of the United States to the proposed tax.",
     {("United States", "rejected", "proposed tax")}, {("Smith", "supported", "United States")}),
    # A name NER took for a body: a particle inside a name a title introduces; a name "of" another body.
    ("Willy de Clercq, External Relations Commissioner of the European Community, met Chinese officials. Nikki"
     " Holland of the National Crime Agency said the gang was caught.",
     {("Willy de Clercq", "officialOf", "European Community"), ("Nikki Holland", "officialOf", "National Crime Agency"),
      ("Willy de Clercq", "met", "China")}, set()),
    # A first title that names no body gives way to an appositive that does; "chairman of" a portfolio body leads it.
    ("The offer was made by Navy Admiral William Crowe, chairman of the Joint Chiefs of Staff, during a Middle East"
     " visit.", {("William Crowe", "leaderOf", "Joint Chiefs of Staff")}, set()),
    # A noun of asking whose clause says who is to act asks that one; a relative clause names no one asked.
    ("The U.S. demand that Japan open its markets angered Tokyo. Britain's call for Iran to release the hostages"
     " was ignored. The demand that China made was rejected by Canada.",
     {("United States", "requested", "Japan"), ("United Kingdom", "requested", "Iran")},
     {("China", "requested", "Canada"), ("Canada", "requested", "China")}),
    # Judgement verbs: "take issue with", "balk at"; the object a free relative names ("what it called X").
    ("India took issue with Pakistan's remarks. West Germany balked at the French proposal. Britain condemned"
     " what it called Argentina's aggression.",
     {("India", "criticized", "Pakistan"), ("Germany", "rejected", "France"), ("United Kingdom", "criticized", "Argentina")},
     set()),
    # A king's name keeps his title, which still says what he leads; a relative clause adds a second office.
    ("Saudi Arabia's King Salman met Biden. Nigerian Oil Minister Rilwanu Lukman, who is also OPEC president, said"
     " prices would rise.", {("King Salman", "leaderOf", "Saudi Arabia"), ("Rilwanu Lukman", "officialOf", "Nigeria"),
                             ("Rilwanu Lukman", "leaderOf", "OPEC")}, set()),
    # "the group" is no ministry, even one named last in a title.
    ("The Semiconductor Industry Association met Treasury Secretary James Baker. The group criticized Japan.",
     {("Semiconductor Industry Association", "criticized", "Japan")}, {("Treasury Department", "criticized", "Japan")}),
    # A threat asked of another is not the other's threat; "insisted that X drop" asks X, "that X was" does not.
    ("Congress urged Reagan to retaliate against Japan. The EC insisted that the U.S. drop the tariffs. France"
     " insisted that Germany was wrong.",
     {("United States Congress", "requested", "Reagan"), ("European Community", "requested", "United States")},
     {("Reagan", "threatened", "Japan"), ("France", "requested", "Germany")}),
    # An object pronoun is not its clause's own subject; a thing asks no one, its reporter does.
    ("Tony Blair spoke by telephone to US President George W Bush on Monday and urged him to make peace a"
     " priority. Japanese Prime Minister Yasuhiro Nakasone said U.S. sanctions against Japan were regrettable and"
     " urged Washington to lift them.",
     {("Tony Blair", "requested", "George W Bush"), ("Yasuhiro Nakasone", "requested", "United States")}, set()),
    # Suppliers listed are someone else's, not each other's trading partners; partners are each other's.
    ("The main suppliers in 1986 were Australia, the U.S., Canada and Argentina. Japan and South Korea are major"
     " trading partners.", {("Japan", "tradePartnerOf", "South Korea")},
     {("Australia", "tradePartnerOf", "Canada"), ("Canada", "tradePartnerOf", "Argentina")}),
    # Names the parser coordinated under the first title's appositive meet each other; a main verb the parser
    # hung on its subject as a clause has that subject; a retaliation asked for "on" someone is not the asker's.
    ("US President Donald Trump and Chinese President Xi Jinping met for eighty minutes in Osaka. The Civil Human"
     " Rights Front, which organised Sunday's march, called on Carrie Lam to resign. William Bywater, president of"
     " the International Union of Electronic Workers, called on President Reagan to retaliate against Japan.",
     {("Donald Trump", "met", "Xi Jinping"), ("Civil Human Rights Front", "requested", "Carrie Lam"),
      ("William Bywater", "requested", "Reagan")}, {("William Bywater", "threatened", "Japan")}),
    # The agent the parser hung on what a noun is of ("the passage of the Act by Congress") owns the noun.
    ("Chinese foreign ministry spokesperson Geng Shuang condemned the passage of the Hong Kong Human Rights and"
     " Democracy Act by the United States Congress.", {("Geng Shuang", "criticized", "United States Congress")},
     set()),
    # A judgement "as" the parser hung on the last verb of the object's own clause.
    ("John Bercow described Boris Johnson's decision to suspend Parliament as a constitutional outrage.",
     {("John Bercow", "criticized", "Boris Johnson")}, set()),
    # Those who receive together do not meet each other.
    ("White House chief of staff Donald Regan and CIA Director William Casey also received strong criticism."
     " Gorbachev and Ryzhkov received Thatcher in the Kremlin.",
     {("Gorbachev", "met", "Thatcher"), ("Ryzhkov", "met", "Thatcher")},
     {("Donald Regan", "met", "William Casey"), ("Gorbachev", "met", "Ryzhkov")}),
    # A platform is no person a pronoun may stand for.
    ("Trump lashed out at Mayor Bill de Blasio on Twitter, accusing him of not doing his job. Warren said she"
     " would be suspending her campaign.",
     {("Trump", "accused", "Bill de Blasio")}, {("Trump", "accused", "Twitter"), ("Warren", "sanctioned", "Trump")}),
    # A clause after an appositive name is what the holder did, not whose office it is.
    ("The city's security chief, Abdullah al-Jahafi, announced on Facebook on Tuesday there were suspects in"
     " custody. Britain's ambassador, John Smith, criticized Iran.",
     {("John Smith", "officialOf", "United Kingdom")}, {("Abdullah al-Jahafi", "officialOf", "Facebook")}),
    # "EC External Relations" is the EC's portfolio, not a body of its own.
    ("EC External Relations Commissioner Willy De Clercq accused Japan of failing to open its markets.",
     {("Willy De Clercq", "officialOf", "European Community")}, set()),
    # A list of countries the parser began with an appositive is still a list.
    ("The United States, Japan, West Germany, France, Britain and Canada agreed on an accord to stabilize"
     " currencies.", {("United States", "agreedTo", "accord"), ("Japan", "agreedTo", "accord"),
                      ("Canada", "agreedTo", "accord")}, set()),
    # A wire dateline is no part of the first sentence, and its place no actor.
    ("NICOSIA, July 22 - Iran warned Kuwait it would suffer grave consequences for letting the United States"
     " reflag its tankers.", {("Iran", "threatened", "Kuwait")}, {("Cyprus", "threatened", "Kuwait")}),
    # A name the parser hung on the date before it is the subject its verb lacks.
    ("On Monday, Amy Klobuchar, along with Senator Ron Wyden of Oregon, introduced a bill to expand voting.",
     {("Amy Klobuchar", "supported", "bill")}, set()),
    # "the ministers" are the body whose members the same noun named; "officials in Britain" say whose they are.
    ("EC farm ministers met in Brussels. He held talks with officials in Britain. The ministers also criticized"
     " the United States.", {("European Community", "criticized", "United States")},
     {("European Community", "met", "United Kingdom")}),
    # An agreement qualified by its parties was agreed to by them; one proposed or talked about was not, and
    # a name hyphened to a common word ("Mexico-type") names no party.
    # A possessive pronoun is a party beside a government partner, not alone ("its credit agreement").
    ("Japan is worried about its semiconductor agreement with the United States. Tylan Corp renewed its credit"
     " agreement.", {("Japan", "agreedTo", "semiconductor agreement"),
                     ("United States", "agreedTo", "semiconductor agreement")},
     {("Tylan Corp", "agreedTo", "credit agreement")}),
    # An official serving in a government body is the body's official and its country's; a portfolio's
    # head is the country's.
    ("Pentagon spokesman Fred Hoffmann said U.S. Treasury Secretary James Baker would attend.",
     {("Fred Hoffmann", "officialOf", "Pentagon"), ("Fred Hoffmann", "officialOf", "United States"),
      ("James Baker", "officialOf", "United States")}, {("James Baker", "officialOf", "Treasury Department")}),
    # Whoever says something to another in talks or at a meeting met them there; in a statement, not.
    ("At the meeting, Japan asked the United States to lift the tariffs. In a statement, Britain urged China to"
     " act.", {("Japan", "met", "United States"), ("United Kingdom", "requested", "China")},
     {("United Kingdom", "met", "China")}),
    # The head of a unit is an official of the whole; a title word before a noun that is no title makes
    # no title ("chief economist").
    ("Hilton Hotels division president Carl Mottek said earnings rose. Indosuez chief economist Jean Cheval"
     " agreed.", {("Carl Mottek", "officialOf", "Hilton Hotels")},
     {("Carl Mottek", "leaderOf", "Hilton Hotels"), ("Jean Cheval", "leaderOf", "Indosuez")}),
    # "Neither ... nor" denies the deed of both; what one would urge another to do is not done.
    ("Neither Sarney nor Finance Minister Dilson Funaro accepted the proposals. Baldrige said he would urge"
     " Reagan to veto the bill. Brazil signed the accord.", {("Brazil", "signed", "accord")},
     {("Dilson Funaro", "agreedTo", "proposals"), ("Reagan", "rejected", "bill")}),
    # A growth of a thing is judged with the thing; a lifting of it turns the judgement round.
    ("President Reagan opposes increases in the federal excise taxes. Britain opposed the lifting of the embargo.",
     {("Reagan", "rejected", "federal excise taxes")}, {("United Kingdom", "rejected", "embargo")}),
    # A head whose title a common noun owns ("the party's president", "committee chairman") leads the body the
    # story last named with that noun, not a country.
    ("Italian President Francesco Cossiga met Ciriaco De Mita, the Christian Democratic Party secretary, and the"
     " party's president, Arnaldo Forlani.", {("Arnaldo Forlani", "leaderOf", "Christian Democratic Party")},
     {("Arnaldo Forlani", "leaderOf", "Italy")}),
    ("The House Judiciary Committee met in Washington. Democratic committee chairman Jerrold Nadler of New York"
     " opened the hearing.", {("Jerrold Nadler", "leaderOf", "House Judiciary Committee")}, set()),
    # In a story of two countries, an office holder who acts on one of them is of the other.
    ("The United States rejected the plan. The United States and Canada met. Canada was angry. The United States"
     " refused. Foreign Secretary Joe Clark urged the United States to act.", {("Joe Clark", "officialOf", "Canada")},
     {("Joe Clark", "officialOf", "United States")}),
    # A name NER missed or cut is whole: the gazetteer's "Xi Jinping", the surname NER left out of "Jaime Ongpin".
    ("Xi Jinping visited Italy in March. Philippine Finance Secretary Jaime Ongpin met the banks.",
     {("Xi Jinping", "visited", "Italy"), ("Jaime Ongpin", "officialOf", "Philippines")},
     {("Jaime", "officialOf", "Philippines")}),
    # A passive participle's event is no one's attendance; listeners are no event; a speaker at the summit was there.
    ("As revealed at the trial, the Turpins had kept their children indoors. Kamala Harris told an audience at the"
     " rally that she would win. Speaking at the summit, Putin criticised NATO.",
     {("Putin", "attended", "summit")}, {("Turpins", "attended", "trial"), ("Kamala Harris", "attended", "audience")}),
    # A hyphened title is whole ("director-general" heads the body); "ex-" and "then-" hyphened onto it make it past.
    ("WHO director-general Tedros Adhanom Ghebreyesus spoke. Guests included ex-UK Prime Minister Neville Chamberlain.",
     {("Tedros Adhanom Ghebreyesus", "leaderOf", "World Health Organization")},
     {("Tedros Adhanom Ghebreyesus", "officialOf", "World Health Organization")}),
    # A title with its "of" phrase is whole, and a national one: "Member of Parliament" is the country's office.
    ("Boris Johnson became British prime minister. Member of Parliament (MP) Yvette Cooper criticised him.",
     {("Yvette Cooper", "officialOf", "United Kingdom")}, set()),
    # A passive "it" may be the document or event named before: "It was vetoed by", "it was attended by".
    ("Congress passed a textile bill two years ago, but it was vetoed by President Reagan. NATO held a summit in"
     " Madrid. It was attended by Joe Biden.", {("Reagan", "rejected", "textile bill"), ("Joe Biden", "attended", "summit")},
     {("Reagan", "rejected", "United States Congress")}),
    # Saying an actor lies, or acts with contempt, accuses it; a problem that lies somewhere accuses no one.
    ('"President Trump treats the rule of law with utter contempt," said California Attorney General Xavier Becerra.'
     ' "China is lying about the virus," Secretary of State Mike Pompeo told reporters. The minister said the'
     ' problem lies in the budget.', {("Xavier Becerra", "accused", "Trump"), ("Mike Pompeo", "accused", "China")},
     set()),
    # A speaking ministry of a country speaks for it ("we" is the country); saying someone acts like a
    # wrongdoer criticizes them.
    ('"We strongly condemn the Israeli raid," the Jordanian foreign ministry said. "Russia is behaving like a'
     ' terrorist state," Ukrainian President Volodymyr Zelensky said.',
     {("Jordan", "criticized", "Israel"), ("Volodymyr Zelensky", "criticized", "Russia")}, set()),
    # A national office with no country is that of the one country its sentence names, not one named for its
    # money; a country is named as it was then.
    ("The United States welcomed the reforms. The United States sent aid. The United States praised them. Zaire,"
     " under the government of President Mobutu Sese Seko, has taken reform measures.",
     {("Mobutu Sese Seko", "leaderOf", "Democratic Republic of the Congo")},
     {("Mobutu Sese Seko", "leaderOf", "United States")}),
    # The story's first country is not that of an office holder who visits it.
    ("The guidelines will be explained to the U.S. this week when Finance Minister Kiichi Miyazawa visits Washington"
     " for the meetings.", {("Kiichi Miyazawa", "visited", "Washington")},
     {("Kiichi Miyazawa", "officialOf", "United States")}),
    # A title of someone outside government does not stand for the country; a minister's does.
    ("Bolivia's top union leader today joined a hunger strike by 1,300 miners. Iran's foreign minister criticised"
     " the plan.", {("Iran", "criticized", "plan")}, {("Bolivia", "attended", "hunger strike")}),
    # A speaker who thanks or congratulates someone supports them.
    ('"Thank you, Bill de Blasio, for making working families the center of your campaign," wrote Elizabeth Warren.'
     ' Bernie Sanders wrote, "Congratulations to Bill de Blasio on running a great campaign."',
     {("Elizabeth Warren", "supported", "Bill de Blasio"), ("Bernie Sanders", "supported", "Bill de Blasio")}, set()),
    # A hunger strike or a general strike is a protest one joins; an air strike is an attack.
    ("Bolivia's top union leader Juan Lechin today joined a hunger strike. Israel launched air strikes on Gaza.",
     {("Juan Lechin", "attended", "hunger strike"), ("Israel", "attacked", "Gaza")}, set()),
    # A measure voted on is a document.
    ("Republican Senator Mitt Romney voted against the measure, saying it was too expensive.",
     {("Mitt Romney", "rejected", "measure")}, set()),
    # Hitting back at someone in words criticizes them; it threatens no one.
    ("Boris Johnson hit back at Jeremy Corbyn, saying he had no plan for Brexit.",
     {("Boris Johnson", "criticized", "Jeremy Corbyn")}, {("Boris Johnson", "threatened", "Jeremy Corbyn")}),
    # A bare "the request" answered refers back to whoever made the request told just before.
    ("Britain asked Iran to free the sailors. Tehran rejected the request on Monday.",
     {("United Kingdom", "requested", "Iran"), ("Iran", "rejected", "United Kingdom")}, set()),
    # A body NER does not know is a party when its name says so, and a person's party is one they belong to.
    ("Prime Minister Bettino Craxi's Socialist Party has said it will not serve under Giulio Andreotti.",
     {("Bettino Craxi", "memberOf", "Socialist Party")}, set()),
    ("Venezuela's agreement with Brazil expires in June.", {("Venezuela", "agreedTo", "agreement"),
                                                            ("Brazil", "agreedTo", "agreement")}, set()),
    ("Tokyo has failed to honour the 1986 U.S.-Japanese semiconductor agreement.",
     {("United States", "agreedTo", "U.S.-Japanese semiconductor agreement"),
      ("Japan", "agreedTo", "U.S.-Japanese semiconductor agreement")}, set()),
    ("Whether Moscow will buy more under the U.S./USSR grains agreement is unclear. Talks on a proposed EU-Turkey"
     " deal resumed. Banks fear a Mexico-type accord.",
     {("United States", "agreedTo", "U.S./USSR grains agreement"),
      ("Soviet Union", "agreedTo", "U.S./USSR grains agreement")},
     {("European Union", "agreedTo", "proposed EU-Turkey deal"), ("Turkey", "agreedTo", "proposed EU-Turkey deal"),
      ("Mexico", "agreedTo", "Mexico-type accord")}),
    # NER's "Reagan Administration" is the country its leader heads; "held over" the votes postponed them.
    ("Bywater said, \"I urge the Reagan Administration to act against Japan.\" House trade lawmakers took their"
     " first votes on measures to toughen trade laws but held over until tomorrow the most difficult votes.",
     {("Bywater", "requested", "United States")}, {("House", "held", "first votes")}),
    # British politics: the parties by their short names, a party's legislator an official of Britain and
    # its spokesman of the party, Britain's chancellor a minister, a shadow minister no minister at all.
    ("Tory leader Michael Harlow accused Lib Dem leader Charles Pennant of lying. Labour MP Bob Ferris"
     " criticised the tax. Tory spokesman Tim Yardley said the tax had failed.",
     {("Michael Harlow", "leaderOf", "Conservative Party"), ("Charles Pennant", "leaderOf", "Liberal Democrats"),
      ("Michael Harlow", "accused", "Charles Pennant"), ("Bob Ferris", "officialOf", "United Kingdom"),
      ("Tim Yardley", "officialOf", "Conservative Party")},
     {("Bob Ferris", "officialOf", "Labour Party"), ("Tim Yardley", "officialOf", "United Kingdom")}),
    ("Chancellor Gordon Fairbairn said Britain would grow. He met German Chancellor Klaus Brandt in London."
     " Shadow chancellor Oliver Lyle said Britain had wasted billions.",
     {("Gordon Fairbairn", "officialOf", "United Kingdom"), ("Klaus Brandt", "leaderOf", "Germany")},
     {("Gordon Fairbairn", "leaderOf", "United Kingdom"), ("Oliver Lyle", "officialOf", "United Kingdom"),
      ("Oliver Lyle", "leaderOf", "United Kingdom")}),
    # a title of one country in most news takes it when the story names it or no country, not another's
    ("Home Secretary David Blake met police chiefs.", {("David Blake", "officialOf", "United Kingdom")}, set()),
    ("Canadian officials met U.S. officials. Foreign Secretary Joe Clark urged the United States to act.",
     {("Joe Clark", "officialOf", "Canada")}, {("Joe Clark", "officialOf", "United Kingdom")}),
    # two parties of one country are two actors; "liberal Democrats" are no British party
    ("The Republicans accused the Democrats of lying. The SNP accused Labour of betraying Scotland.",
     {("Republican Party", "accused", "Democratic Party"), ("Scottish National Party", "accused", "Labour Party")},
     set()),
    ("Senator John Kerry and other liberal Democrats criticized the plan.", {("John Kerry", "criticized", "plan")},
     {("John Kerry", "memberOf", "Liberal Democrats"), ("Liberal Democrats", "criticized", "plan")}),
    # an attitude the parser reads as a passive: its "by" is what it is to, its subject who holds it
    ("Jack Straw said he was disappointed by Iran's decision. Britain and France were alarmed by the Iranian move.",
     {("Jack Straw", "criticized", "Iran"), ("United Kingdom", "criticized", "Iran"), ("France", "criticized", "Iran")},
     set()),
    # denying an act rejects nothing it acts on; denying a thing rejects it
    ("Sudan denied backing the Janjaweed militia. Sudan denied the charges made by the United Nations.",
     {("Sudan", "rejected", "United Nations")}, {("Sudan", "rejected", "Janjaweed")}),
    # resumed talks are held again; one resumes no attack as a meeting
    ("Pakistan and India resumed peace talks in Islamabad. France is continuing negotiations with Iran. Iraq"
     " resumed attacks on Iran.",
     {("Pakistan", "met", "India"), ("Pakistan", "held", "peace talks"), ("France", "met", "Iran"),
      ("Iraq", "attacked", "Iran")},
     {("Iraq", "held", "attacks")}),
    # a document object owns its preposition: the deal is agreed, not the supplies it is on
    ("Russia and Ukraine have agreed a deal on gas supplies.",
     {("Russia", "agreedTo", "deal"), ("Ukraine", "agreedTo", "deal")}, set()),
    # those who meet someone named are one side of the meeting, not meeting each other
    ("Britain, France and Germany held talks with Iran. Funaro and Gros are meeting Nigel Lawson. Putin and Xi met.",
     {("United Kingdom", "met", "Iran"), ("Germany", "met", "Iran"), ("Funaro", "met", "Nigel Lawson"),
      ("Putin", "met", "Xi")},
     {("United Kingdom", "met", "France"), ("France", "met", "Germany"), ("Funaro", "met", "Gros")}),
    # the one a threatened act falls on is threatened, whom the condition's pronoun stands for
    ("Washington has threatened to refer Iran to the UN Security Council if it resumes uranium enrichment.",
     {("United States", "threatened", "Iran")}, set()),
    # a denial after the clause disputes what the accusation says; the accusing stands
    ("The US accuses Iran of seeking nuclear weapons, a charge Tehran denies. Russia denied that it attacked Ukraine.",
     {("United States", "accused", "Iran")}, {("Russia", "attacked", "Ukraine")}),
    # saying an actor is to blame accuses it, also in a participle that speaks for its clause's subject
    ("Beijing refused, saying Japan was to blame for the tensions. Seoul said Tokyo was not to blame.",
     {("China", "accused", "Japan")}, {("South Korea", "accused", "Japan")}),
    # a name the parser broke up after a title, with a family name's particle inside
    ("South African Finance Minister Barend du Plessis said the agreement was good.",
     {("Barend du Plessis", "officialOf", "South Africa")}, set()),
    # a central bank's head leads the bank and is an official of its country; a board's governor is a member
    ("Bank of Israel Governor Michael Bruno said Israel must cut wages. Bundesbank President Karl Otto Poehl agreed."
     " Federal Reserve Board Governor Martha Seger disagreed.",
     {("Michael Bruno", "leaderOf", "Bank of Israel"), ("Michael Bruno", "officialOf", "Israel"),
      ("Karl Otto Poehl", "leaderOf", "Bundesbank"), ("Karl Otto Poehl", "officialOf", "Germany"),
      ("Martha Seger", "officialOf", "Federal Reserve")},
     {("Martha Seger", "leaderOf", "Federal Reserve")}),
    # a capital before a national title names its country; a city's mayor stays the city's
    ("Bonn Finance Minister Gerhard Stoltenberg said taxes would fall. London Mayor Sadiq Khan agreed.",
     {("Gerhard Stoltenberg", "officialOf", "Germany"), ("Sadiq Khan", "officialOf", "London")},
     {("Sadiq Khan", "officialOf", "United Kingdom")}),
    # a plural title and its party are shared by every name of the list, however the parser hung them
    ("Clark held talks with Treasury Secretary James Baker and Democratic Sens. Patrick Moynihan of New York,"
     " Christopher Dodd of Connecticut, Lloyd Bentsen of Texas and George Mitchell of Maine.",
     {("Lloyd Bentsen", "officialOf", "United States"), ("George Mitchell", "memberOf", "Democratic Party"),
      ("Christopher Dodd", "officialOf", "United States"), ("Clark", "met", "George Mitchell")},
     {("James Baker", "memberOf", "Democratic Party")}),
    # talks one opens with another are a meeting with them; a demonym says whose decision to act it is
    ("Japanese officials open talks with American negotiators. The French decision to expel the Iranian"
     " diplomats angered Tehran. Farmers protested the Canadian decision to apply a duty on U.S. corn imports.",
     {("Japan", "met", "United States"), ("France", "sanctioned", "Iran"), ("Canada", "sanctioned", "United States")},
     {("Farmers", "sanctioned", "United States")}),
    # what is the target of an actor's attacks was attacked by it
    ("Kuwaiti tankers, regular targets for Iranian attacks, were escorted. Israel was the target of rocket attacks"
     " by Hamas. The embassy was not the target of the Libyan attack.",
     {("Iran", "attacked", "Kuwait"), ("Hamas", "attacked", "Israel")}, {("Libya", "attacked", "embassy")}),
    # a title that names a body refers back only to a holder of that body's office
    ("Council of Economic Advisers chairman Beryl Sprinkel spoke. Baker voiced support for the Fed chairman."
     " European Commission President Jacques Delors spoke. Kohl criticized the Commission president.",
     {("Kohl", "criticized", "Jacques Delors")}, {("Baker", "supported", "Beryl Sprinkel")}),
    # introducing a bill backs it; introducing a party backs no one
    ("Kanye West introduced the Birthday Party as the vehicle for his run. Senator Cruz introduced a bill to ban"
     " abortion.",
     {("Cruz", "supported", "bill")}, {("Kanye West", "supported", "Birthday Party")}),
    # an infinitive of purpose has the mood of the clause it serves: "unless ... votes to enact" enacts nothing
    ("The bill dies unless the Senate also votes by more than two-thirds to override the veto and enact the bill"
     " into law. The Senate will reject the treaty unless Reagan signs it.",
     {("United States Senate", "rejected", "treaty")}, {("United States Senate", "adopted", "bill")}),
    # a capital and a portfolio NER took for a body are the capital's country
    ("However, West German sources said Bonn Finance Minister Gerhard Stoltenberg was unenthusiastic.",
     {("Gerhard Stoltenberg", "officialOf", "Germany")}, {("Gerhard Stoltenberg", "officialOf", "Bonn Finance")}),
    # a demonym and a portfolio NER took for a body are no body; a hyphened capital names no country
    ("Japan said British Corporate Affairs Minister Michael Howard urged it to open its markets. Babacar N'Diaye,"
     " president of the Abidjan-based bank, spoke.",
     {("Michael Howard", "officialOf", "United Kingdom"), ("Michael Howard", "requested", "Japan")},
     {("Babacar N'Diaye", "officialOf", "Ivory Coast"), ("Michael Howard", "officialOf", "British Corporate Affairs")}),
    # a count stands for what it counts; an offensive near a place attacks it
    ("Baghdad said its forces had repulsed the attack, killing thousands of Iranians. Iran launched a new offensive"
     " near Basra.",
     {("Iraq", "attacked", "Iran"), ("Iran", "attacked", "Basra")}, set()),
    # a plural pronoun after a collective subject of its sentence stands for that subject's country
    ("Iranian forces have renewed their assault on Iraqi lines defending Basra.", {("Iran", "attacked", "Iraq")}, set()),
    # a portfolio's secretary is a cabinet office of the story's country; a news agency holds none
    ("A rift has occurred among Philippine officials over debt talks. Monsod told Reuters Finance Secretary Jaime"
     " Ongpin had decided. Economic Planning Secretary Solita Monsod disagreed.",
     {("Jaime Ongpin", "officialOf", "Philippines"), ("Solita Monsod", "officialOf", "Philippines")},
     {("Jaime Ongpin", "officialOf", "Reuters")}),
    # the party of a person is one they belong to
    ("The ruling National Democratic Party of President Hosni Mubarak won the election.",
     {("Hosni Mubarak", "memberOf", "National Democratic Party")}, set()),
    # a speaker who says an actor failed or squandered criticises it; failing to agree is an outcome
    ("Mr Howard said Labour had failed. Mr Kennedy said the Tories had let down pensioners. Diplomats said the"
     " European Community had failed to agree on a research programme because of opposition from Britain.",
     {("Howard", "criticized", "Labour Party"), ("Kennedy", "criticized", "Conservative Party")},
     {("United Kingdom", "criticized", "European Community")}),
    # what one agrees to do to another is no agreement with them
    ("Abe and Trump agreed to increase pressure on North Korea. Iran and Iraq agreed to a ceasefire.",
     {("Iran", "agreedTo", "ceasefire")}, {("Abe", "agreedTo", "North Korea"), ("Trump", "agreedTo", "North Korea")}),
    # "all sides" and "other leaders" are everyone or others, not the group named before
    ("Abe and Trump met on Monday. China urged restraint from all sides. Both sides agreed.",
     {("Abe", "met", "Trump")}, {("China", "requested", "Abe"), ("China", "requested", "Trump")}),
    # a name between "the" and a place's common noun is the place, no person one meets
    ("The Chinese government protested to Japan over Mr Koizumi's visit to the Yasukuni shrine.",
     {("China", "criticized", "Japan")}, {("Koizumi", "met", "Yasukuni")}),
    # what a vetoed or blocked text says is not said; an issued one's is
    ("Russia vetoed a resolution condemning Syria. Russia issued a statement condemning the attack.",
     {("Russia", "rejected", "resolution"), ("Russia", "criticized", "attack")}, {("Russia", "criticized", "Syria")}),
    # one of another country who meets someone in a place visited it; the host did not
    ("US President Barack Obama met Cuban President Raul Castro in Havana.",
     {("Barack Obama", "visited", "Havana"), ("Barack Obama", "met", "Raul Castro")},
     {("Raul Castro", "visited", "Havana"), ("Barack Obama", "visited", "Cuba")}),
    # acting in concert or in tandem with another is cooperating with it
    ("The Bank of France intervened in concert with the Bundesbank. Japan acted in tandem with the United States.",
     {("Banque de France", "cooperatedWith", "Bundesbank"), ("Japan", "cooperatedWith", "United States")}, set()),
    # a coordinator or co-chairman is an official
    ("Conservative co-chairman Liam Fox attacked Labour's record. UN humanitarian coordinator Jan Egeland visited Darfur.",
     {("Liam Fox", "officialOf", "Conservative Party"), ("Jan Egeland", "officialOf", "United Nations")}, set()),
    # shaking hands is meeting
    ("Sharon and Abbas shook hands at the summit. Mr Bush shook hands with Mr Putin.",
     {("Sharon", "met", "Abbas"), ("Bush", "met", "Putin")}, set()),
    # British style writes longer acronyms in title case
    ("Unicef criticised Sudan. The Eta group attacked Spain. Gatt rules bar the tax.",
     {("UNICEF", "criticized", "Sudan"), ("ETA", "attacked", "Spain")}, set()),
    # going to war is fighting one, not attending it
    ("Blair defended his decision to go to war in Iraq. Blair went to the summit in Brussels.",
     {("Blair", "attended", "summit")}, {("Blair", "attended", "war")}),
    # A relative clause without a pronoun has the noun it modifies as its object, also after a
    # stranded preposition; one opened by "where" is about a place.
    ("Indonesia cancelled the contract Pertamina signed with Occidental Petroleum Corp in February.",
     {("Pertamina", "signed", "contract"), ("Occidental Petroleum Corp", "signed", "contract")}, set()),
    ("Iran rejected the accord Iraq agreed to. Kohl left the summit where Reagan signed the treaty.",
     {("Iraq", "agreedTo", "accord"), ("Reagan", "signed", "treaty")}, {("Reagan", "signed", "summit")}),
    # Travelling "for" a gathering is attending it; pressing "for" a summit is not.
    ("Prime Minister Yasuhiro Nakasone flew to Bonn for the economic summit. Japan pressed for a summit with"
     " China.",
     {("Yasuhiro Nakasone", "attended", "economic summit"), ("Yasuhiro Nakasone", "visited", "Bonn")},
     {("Japan", "attended", "summit")}),
    # A topic "in" a country is about it; proposals "in" Congress are not about Congress.
    ("Putin and Xi discussed the war in Ukraine. The ministers of France and Italy discussed proposals in"
     " the U.S. Congress for protectionist legislation.",
     {("Putin", "discussed", "Ukraine")}, {("France", "discussed", "United States Congress")}),
    # Not accepting a plan rejects it; not endorsing it only withholds support.
    ("Taiwan said it would not recognise the agreement. Kuwait and Oman did not endorse a resolution on a"
     " common currency.",
     {("Taiwan", "rejected", "agreement")}, {("Kuwait", "rejected", "resolution"), ("Oman", "rejected", "resolution")}),
    # A pattern's own verb has the object: "applied to join GATT" asks GATT.
    ("China formally applied to join GATT in July 1986.",
     {("China", "requested", "General Agreement on Tariffs and Trade")}, set()),
    # Defeating troops is fighting them, defeating a party at the polls is not.
    ("Ukraine defeated Russian forces near Kharkiv. Labour defeated the Conservatives in the election.",
     {("Ukraine", "attacked", "Russia")}, {("Labour", "attacked", "Conservatives")}),
    # Who gather together meet; who gather outside an embassy meet no one.
    ("The leaders of France and Germany will gather in Paris on Monday. Protesters gathered outside the"
     " U.S. embassy in Moscow with Russian flags.",
     {("France", "met", "Germany")}, {("Protesters", "met", "United States")}),
]


def test_every_must_not_case_also_finds_something():
    """A case that only forbids would pass on a sentence from which nothing at all is extracted."""
    assert [text for text, expected, forbidden in CASES if forbidden and not expected] == []


@pytest.mark.parametrize("text, expected, forbidden", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence(extract_text, text, expected, forbidden):
    found = extract_text(text)
    assert expected <= found, f"missing {expected - found}; found {found}"
    assert not (forbidden & found)


def test_dates_are_resolved_against_the_article_date(extract_text):
    result = extract_text("Putin spoke with Rahmon over the phone on May 13. Putin met Rahmon on Monday.", full=True)
    dates = {(r.predicate, r.date) for r in result.relations}
    assert ("spokeWith", "2022-05-13") in dates and ("met", "2022-05-16") in dates


@pytest.mark.parametrize("text, expected", [
    # A date of another clause does not date the relation; the report's date does.
    ("King Fahd held talks with Margaret Thatcher, his first visit since he took power in June 1982.", "2022-05-17"),
    # The trigger's own clause wins over the reporting clause above it.
    ("On Tuesday, President Donald Trump said he had asked for Bolton's resignation Monday night.", "2022-05-16"),
    ("After a day of meetings with Rahmon, Putin told reporters that talks went well.", "2022-05-17"),
])
def test_a_relation_is_dated_by_its_own_clause_else_by_the_report(extract_text, text, expected):
    result = extract_text(text, full=True)
    dates = {r.date for r in result.relations if r.predicate not in ("leaderOf", "officialOf")}
    assert dates == {expected}


def test_an_event_is_dated_by_the_verb_it_takes_place_with(extract_text):
    result = extract_text("A Senate hearing was conducted on May 3. Carlo Katigbak apologized to Rodrigo Duterte "
                          "during the hearing.", full=True)
    (attended,) = [r for r in result.relations if r.predicate == "attended"]
    assert (attended.date, attended.date_source) == ("2022-05-03", "event")


def test_an_agreement_named_in_passing_is_dated_by_its_own_phrase(extract_text):
    result = extract_text("The March 3 U.S.-Soviet accord was praised. Venezuela's agreement with Brazil expires in"
                          " June.", full=True)
    dates = {(r.subject.label, r.object.label): (r.date, r.date_source) for r in result.relations}
    assert dates[("United States", "U.S.-Soviet accord")] == ("2022-03-03", "event")
    assert dates[("Venezuela", "agreement")] == (None, None)


def test_a_weekday_of_a_plain_present_is_the_next_one(extract_text):
    result = extract_text("King Fahd of Saudi Arabia begins a state visit to Britain on Friday. Putin met Xi on "
                          "Friday.", full=True)
    dates = {r.predicate: r.date for r in result.relations}
    assert dates["visited"] == "2022-05-20" and dates["met"] == "2022-05-13"


def test_planned_relations_carry_their_modality(extract_text):
    result = extract_text("Biden will visit Japan next week.", full=True)
    (visit,) = [r for r in result.relations if r.predicate == "visited"]
    assert visit.modality == "planned" and visit.object.label == "Japan"


def test_an_office_holders_surname_the_tagger_took_for_a_noun_is_the_person(extract_text):
    found = extract_text("Trump thanked Kim Jong Un for the letter.", date=dt.date(2019, 9, 21))
    assert ("Trump", "supported", "Kim Jong Un") in found, found


def test_countries_are_named_as_they_were_then(extract_text):
    found = extract_text("West German Chancellor Helmut Kohl met Soviet leader Mikhail Gorbachev. Zairean President"
                         " Mobutu Sese Seko visited Burma.", date=dt.date(1987, 6, 12))
    assert {("Helmut Kohl", "leaderOf", "West Germany"), ("Mikhail Gorbachev", "leaderOf", "Soviet Union"),
            ("Mobutu Sese Seko", "leaderOf", "Zaire"), ("Mobutu Sese Seko", "visited", "Burma")} <= found, found


def test_a_party_leader_is_not_the_office_holder_of_his_surname(extract_text):
    """In 2005 the listed "Howard" was Australia's Prime Minister; "the Conservative leader" is someone else."""
    found = extract_text("Mr Howard, the Conservative leader, criticised the plan. Prime Minister Howard met Mr Bush"
                         " in Canberra.", date=dt.date(2005, 2, 10))
    assert ("Howard", "leaderOf", "Australia") in found, found
    found = extract_text("Mr Howard, the Conservative leader, criticised the plan.", date=dt.date(2005, 2, 10))
    assert ("Howard", "criticized", "plan") in found and ("Howard", "leaderOf", "Australia") not in found, found


def test_a_headline_surname_is_the_person_the_body_introduces(extract_text):
    found = extract_text("Blair rejects Tory tax claims\n\nTony Blair has rejected Conservative claims on tax. Michael"
                         " Howard accused Mr Blair of arrogance.", date=dt.date(2005, 2, 10))
    assert {("Michael Howard", "accused", "Tony Blair"), ("Tony Blair", "rejected", "Conservative Party")} <= found, found
    assert not any("Blair" in (s, o) for s, _, o in found), found


def test_an_event_told_in_passing_dates_nothing_after_it(extract_text):
    result = extract_text("Russian President Vladimir Putin, who met Iranian officials in Moscow last week, said Russia"
                          " would supply fuel. Mr Putin also criticised US plans for a missile shield.",
                          date=dt.date(2005, 8, 6), full=True)
    dates = {(r.predicate, r.object.label): r.date for r in result.relations}
    assert dates[("met", "Iran")] == "2005-07" and dates[("criticized", "United States")] == "2005-08-06", dates


def test_a_listed_office_holder_ner_missed_keeps_the_given_name(extract_text):
    found = extract_text("He met his Japanese counterpart Nobutaka Machimura.", date=dt.date(2005, 4, 18))
    assert ("Nobutaka Machimura", "officialOf", "Japan") in found, found


def test_a_counterpart_holds_the_title_of_whose_counterpart_they_are(extract_text):
    """So that "the two ministers" are both of them."""
    found = extract_text("Chinese Foreign Minister Li Zhaoxing told his Japanese counterpart Nobutaka Machimura that"
                         " Japan must stop. The two ministers met in Beijing on Sunday.", date=dt.date(2005, 4, 18))
    met = {frozenset((s, o)) for s, p, o in found if p == "met"}
    assert met == {frozenset(("Li Zhaoxing", "Nobutaka Machimura"))}, found


def test_provenance_points_at_the_evidence(extract_text):
    text = "In a long day of talks, Russian President Vladimir Putin met Emomali Rahmon on Monday."
    result = extract_text(text, full=True)
    (met,) = [r for r in result.relations if r.predicate == "met"]
    start, end = met.provenance.span
    assert "Putin met Emomali Rahmon" in text[start:end]
    assert met.provenance.sentence == text and met.provenance.rule == "verb.meet.v1"
    assert 0 < met.provenance.confidence <= 1


def test_seed_article_meets_the_quality_bar(tmp_path):
    """The seed article scored like the hidden set: F1 >= 0.85, no junk nodes, no split entities."""
    from kg.evaluate import evaluate
    from kg.pipeline import run

    gold = SHARED / "eval" / "000_f796f84a09fbece7.gold.json"
    if not gold.exists():
        pytest.skip(f"gold annotations not found at {gold}")
    predictions = [r.to_json() for result in run([SEED]) for r in result.relations]
    summary = evaluate([gold], json.loads(json.dumps(predictions))).summary()
    assert summary["f1"] >= 0.85 and summary["junk_nodes"] == 0 and summary["split_entities"] == 0, summary


def test_a_name_that_ends_as_a_company_does_is_no_person(extract_text):
    result = extract_text("Toyota criticized Delta Motor Corp, and Boesky accused The Mercury News.", full=True)
    objects = {r.object.label: r.object.type for r in result.relations}
    assert objects["Mercury News"] == "Organization"
    assert "Person" not in {t for label, t in objects.items() if label.endswith("Corp")}


def test_wire_capitals_are_read_as_common_words_and_quoted_as_written(extract_text):
    """ "France criticised the U.S. Bombing of Libya": the capitalised "Bombing" is no name (no
    "U.S. Bombing" node), the attack is read, and the evidence keeps the article's own capitals."""
    result = extract_text("France criticised the U.S. Bombing of Libya.", date=dt.date(1987, 3, 3), full=True)
    found = {(r.subject.label, r.predicate, r.object.label) for r in result.relations}
    assert ("United States", "attacked", "Libya") in found
    assert not any("Bombing" in r.object.label for r in result.relations)
    assert {r.provenance.sentence for r in result.relations} == {"France criticised the U.S. Bombing of Libya."}


@pytest.mark.parametrize("date, expected", [
    (dt.date(2019, 10, 22), ("Erdogan", "criticized", "United States")),
    # In 1995 Erdogan was no president: the title stands for its country.
    (dt.date(1995, 6, 1), ("Turkey", "criticized", "United States")),
])
def test_a_countrys_title_refers_back_to_whom_the_people_gazetteer_knows_held_it(extract_text, date, expected):
    found = extract_text("Putin met Erdogan in Sochi. The Turkish president later criticized the United States.",
                         date=date)
    assert expected in found
