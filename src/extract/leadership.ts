import type { Leadership } from "./coref.js";
import type { EntityTable } from "./entities.js";
import type { Mention } from "./mentions.js";
import type { RawRelation } from "./relations/index.js";
import type { Unplaced } from "./offices.js";
import { appointedAt, ledByAt, ARMY_NOUNS, OFFICE_TITLES, bareTitleAt, DESCRIBING_NOUNS, GOVERNMENT_NOUNS, GROUP_NOUNS, heldThen, KIN_NOUNS, LEADING_VERBS, PART_NOUNS, PERSON_NOUNS, PORTFOLIO_WORDS, RULING_VERBS, STATE_OPPONENT_WORDS, TENURE_WORDS, TITLES, titledByCopula } from "./vocabulary.js";
import { countryForm } from "./gazetteer.js";
import { apposedNameComma, POSSESSIVE, surfaceOf, whoAfterDescription, type WordSentence } from "./words.js";
import { longestTitle } from "./spans.js";
import { pastAlias } from "./knowledge.js";


/**
 * Whether a common noun among words a..b before a title names a portfolio ("the UN's human rights
 * chief X") the way PORTFOLIO_WORDS do. Not the body itself ("The junta leader X"), a word for a group
 * or an army, nor a describing compound ("its long-time leader X").
 */
function portfolioNoun(w: WordSentence["words"], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const x = w[k];
    if (x.pos === "NOUN" && !x.cap && !x.text.includes("-") && TITLES.get(x.lower) === undefined && !PORTFOLIO_WORDS.has(x.lower) && !TENURE_WORDS.has(x.lower) && !GROUP_NOUNS.has(x.lower) && !GOVERNMENT_NOUNS.has(x.lower) && !ARMY_NOUNS.has(x.lower)) return true;
  }
  return false;
}

// Asked for every titled person: listed once, not at every call.
const TITLE_NAMES = [...TITLES.keys()];

/** The mention ending right before word `i`, or before its "'s" ("the LNA's spokesman"). */
function endingAt(ms: Mention[], w: WordSentence["words"], i: number): Mention | undefined {
  // "Hamas' political leader": a bare apostrophe after a name ending in s.
  return ms.find((m) => m.end === i) ?? (POSSESSIVE.test(w[i - 1]?.text ?? "") ? ms.find((m) => m.end === i - 1) : undefined);
}

/**
 * LEADS and MEMBER_OF from how people are named: "Turkish President Recep Tayyip Erdogan",
 * "EU foreign policy chief Josep Borrell", "X, a spokesman for the LNA", "the LNA of Haftar".
 * A head's title makes LEADS; a portfolio before it ("foreign policy chief") makes MEMBER_OF.
 */
/** The last word of the name of a state's own body: "Revolutionary Guard Corps", "National Intelligence Service". */
// (Ministries and commands speak for their state rather than act as parties of their own.)
// ("Pakistan's Inter-Services Intelligence", "Finland's National Bureau of Investigation", "Russia's 201st Motorized
// Rifle Division": a spy service, an investigating bureau, a unit of the army are the state's too.)
const STATE_ORGANS = /\b(Corps|Service|Agency|Guard|Guards|Police|Navy|Gendarmerie|Intelligence|Investigation|Division|Brigade|Battalion|Regiment)$/;
const ORGAN_HEADS = /\b(Ministry|Department|Council|Command|Office)$/;

export function findRoles(sentences: WordSentence[], mentions: Mention[][], table: EntityTable): { relations: RawRelation[]; leads: Leadership[]; unplaced: Unplaced[] } {
  const relations: RawRelation[] = [];
  const leads: Leadership[] = [];
  const typeOf = (key: string) => table.get(key)?.type;
  const emit = (person: string, body: string, leadsIt: boolean, s: number, start: number, end: number) => {
    if (typeOf(person) !== "PERSON" || table.get(body)?.kind !== "actor" || typeOf(body) === "PERSON") return;
    relations.push({ type: leadsIt ? "LEADS" : "MEMBER_OF", source: person, target: body, sentence: s, trigger: start, byName: true });
    if (leadsIt && typeOf(body) !== "STATE") leads.push({ person, group: body, sentence: s, start, end });
  };
  const unplaced: Unplaced[] = [];
  for (const s of sentences) {
    const w = s.words;
    const ms = mentions[s.index];
    for (const m of ms) {
      if (typeOf(m.key) !== "PERSON") {
        // "Iran's Islamic Revolutionary Guard Corps", "South Korea's National Intelligence Service": a state's own organ.
        const owner = POSSESSIVE.test(w[m.start - 1]?.text ?? "") ? ms.find((x) => x.end === m.start - 1) : undefined;
        const organ = m.key.startsWith("org:") && STATE_ORGANS.test(table.get(m.key)?.name ?? "");
        if (owner && organ && typeOf(table.actorFor(owner.key, s.index)) === "STATE") relations.push({ type: "MEMBER_OF", source: m.key, target: table.actorFor(owner.key, s.index), sentence: s.index, trigger: m.start, byName: true });
        continue;
      }
      // Title before the name, with the body before the title: "[EU] foreign policy chief [Josep Borrell]".
      let t = m.title?.start ?? m.start;
      if (w[t - 1]?.text === "," || (!m.title && titledByCopula(w, t))) t--;
      // "NATO's supreme commander, US General Wesley Clark": a country between the comma and the rank is the
      // person's nationality; the office is the one named before the comma.
      const nationality = ms.find((x) => x.end === t && w[x.start - 1]?.text === "," && typeOf(table.actorFor(x.key, s.index)) === "STATE");
      if (nationality && TITLES.get(w[nationality.start - 2]?.lower ?? "") && !w[nationality.start - 2].cap) t = nationality.start - 1;
      // "UN envoy for Syria Geir Pedersen": the place an envoy is for comes between the title and the name.
      // ("GAM spokesman in Stockholm, Bakhtiar Abdullah": or the place the office is held in.)
      const forPlace = ms.find((x) => x.end === t && (/^(for|to|on)$/.test(w[x.start - 1]?.lower ?? "") || (w[x.start - 1]?.lower === "in" && x.kind === "location" && w[t]?.text === ",")) && TITLES.get(w[x.start - 2]?.lower ?? "") !== undefined);
      if (forPlace && !m.title) t = forPlace.start - 1;
      const roleWords: string[] = [];
      // "The Mozambican President, Filipe Nyusi": a capitalised title before the comma is a role word too.
      while (t > 0 && roleWords.length < 4) {
        // "Nigerien head of state General X", "army chief of staff General X": a title with "of" in it.
        const withOf = t >= 3 && w[t - 2].lower === "of" ? `${w[t - 3].lower} of ${w[t - 1].lower}` : "";
        if (withOf && TITLES.get(withOf) && !w[t - 3].cap) {
          roleWords.unshift(withOf);
          t -= 3;
          continue;
        }
        // ("Its acting president, X": a word of tenure, whatever the tagger read it as.)
        if (!((!w[t - 1].cap || TITLES.get(w[t - 1].lower)) && (/^(NOUN|ADJ|PROPN)$/.test(w[t - 1].pos) || TENURE_WORDS.has(w[t - 1].lower)))) break;
        roleWords.unshift(w[--t].lower);
      }
      const titleWords = [...roleWords, ...(m.title ? w.slice(m.title.start, m.start).map((x) => x.lower) : [])];
      const titled = titleWords.some((x) => TITLES.get(x)) || (m.title !== undefined);
      // "Congolese government spokesman X": a body named right before the title is the body.
      // The first title: "Sudan's army chief General X" is the army's chief.
      let titleAt = m.title?.start ?? -1;
      for (let k = t; k < m.start; k++) if (TITLES.get(w[k].lower)) { if (titleAt < 0 || k < titleAt) titleAt = k; break; }
      // "Belarus, whose leader Alexander Lukashenko": the owner of the title is named before "whose".
      // ("UNAMSIL, whose Indian commander X": a demonym between is the person's nationality.)
      // ("Kenya, of which the president William Ruto": "of which (the)" is "whose" too.)
      const ofWhich = w[t - 1]?.lower === "the" ? t - 1 : t;
      const whoseAt = w[t - 1]?.lower === "whose" ? t - 1 : w[t - 2]?.lower === "whose" && /^(ADJ|PROPN)$/.test(w[t - 1].pos) && countryForm(w[t - 1].text)?.form === "demonym" ? t - 2 : w[ofWhich - 1]?.lower === "which" && w[ofWhich - 2]?.lower === "of" ? ofWhich - 2 : -1;
      // ("Jundallah, a group whose leader X": or the body is named before an apposition that describes it.)
      let ownerEnd = whoseAt > 0 && DESCRIBING_NOUNS.has(w[whoseAt - 1]?.lower ?? "") && /^(a|an|the)$/.test(w[whoseAt - 2]?.lower ?? "") ? whoseAt - 3 : whoseAt - 1;
      if (w[ownerEnd]?.text !== ",") ownerEnd = -1;
      const beforeWhose = ownerEnd > 0 ? ms.find((x) => x.end === ownerEnd || (w[ownerEnd - 1]?.text === ")" && x.end === ownerEnd - 1)) : undefined;
      // Only a state has a head of state: "the base in Zaire, whose president X" (a country named as a place),
      // "Rwanda's battle-hardened troops, whose president X" (what the state owns).
      const headOfState = !!TITLES.get(firstTitle(titleWords)[0] ?? "")?.ofState;
      let possessor = ownerEnd - 1;
      // (Describing words between, participles too: "Tanzania's well-trained soldiers".)
      while (possessor > ownerEnd - 4 && (/^(ADJ|NOUN)$/.test(w[possessor]?.pos ?? "") || (w[possessor]?.pos === "VERB" && /(ed|en)$/.test(w[possessor].lower))) && !w[possessor].cap) possessor--;
      const ownedBy = headOfState && !beforeWhose && ownerEnd > 0 && possessor < ownerEnd - 1 && POSSESSIVE.test(w[possessor]?.text ?? "") ? ms.find((x) => x.end === possessor) : undefined;
      const stateOwner = (x: Mention | undefined) => x && headOfState && (table.get(x.key)?.type === "COUNTRY" || typeOf(x.key) === "STATE") && typeOf(table.actorFor(x.key, s.index)) === "STATE" ? { ...x, key: table.actorFor(x.key, s.index), kind: "actor" as const } : undefined;
      const owner = stateOwner(beforeWhose) ?? stateOwner(ownedBy) ?? beforeWhose;
      // "President of Tajikistan Emomali Rahmon": or "of" a state between the title and the name.
      const ofState = m.title ? ms.find((x) => x.start > m.title!.start && x.end <= m.start && w[x.start - 1]?.lower === "of" && typeOf(x.key) === "STATE") : undefined;
      const titledBody = (whoseAt === t - 2 ? owner : undefined) ?? (titleAt > t ? endingAt(ms, w, titleAt) : undefined) ?? endingAt(ms, w, t) ?? owner ?? ofState;
      // "Iran's Foreign Ministry spokesman", "US National Security Council spokesman": a state's organ speaks for the state
      // (its head, "Sovereignty Council chairman", heads the organ).
      const speaksFor = !TITLES.get(firstTitle(titleWords)[0] ?? "")?.leads;
      const organ = speaksFor && titledBody && ORGAN_HEADS.test(table.get(titledBody.key)?.name ?? "") ? ms.find((x) => typeOf(x.key) === "STATE" && (x.end === titledBody.start || (x.end === titledBody.start - 1 && w[x.end]?.text === "'s"))) : undefined;
      // "US National Security Council": the state may open the organ's own name.
      const organName = speaksFor && titledBody && !organ && ORGAN_HEADS.test(table.get(titledBody.key)?.name ?? "") ? countryForm(table.get(titledBody.key)!.name.split(" ")[0]) : undefined;
      const ownState = organName && organName.form !== "capital" ? table.state(organName.country, s.index) : undefined;
      // ("In Managua, President Daniel Ortega": a place before the comma is where, not whose, the office is.)
      // "In Managua, President Daniel Ortega": a capital the sentence opens in is the office's state.
      const placeBefore = titledBody?.kind === "location" && w[titledBody.end]?.text === ",";
      // ("In neighbouring South Africa, President Jacob Zuma": or a country.)
      let opener = (titledBody?.start ?? 0) - 1;
      while (opener > 0 && w[opener].pos === "ADJ") opener--;
      const where = placeBefore ? table.get(titledBody!.key) : undefined;
      const capital = where && (where.capitalOf || where.type === "COUNTRY") && /^(in|from)$/.test(w[opener]?.lower ?? "") && opener === 0 ? table.actorFor(titledBody!.key, s.index) : undefined;
      const body = organ ?? (ownState ? { ...titledBody!, key: ownState.key } : capital ? { ...titledBody!, key: capital } : placeBefore ? undefined : titledBody);
      // "a former head of Congo's electoral commission", "then French president X" hold no office now.
      const opens = Math.min(t, body?.start ?? t);
      // ("former Finnish President X": "former" before the country too; "retired Air Force Maj. Gen. X" serves no more.)
      const former = titleWords.includes("former") || /^(then|ex|former|retired)$/.test(w[opens - 1]?.lower ?? "") || /^(then|ex)-/.test(w[opens]?.lower ?? "");
      // "Ghani's national security adviser X": an office a head of state's own is held in what they lead, known only once all roles are read.
      const ofPerson = titled && body && !former && typeOf(body.key) === "PERSON" && POSSESSIVE.test(w[body.end]?.text ?? "") && OFFICE_TITLES.test(firstTitle(titleWords)[0] ?? "");
      if (ofPerson) unplaced.push({ m, s, at: t, titleWords, of: body!.key });
      else if (titled && body && !former) {
        // The first title is the office: "Burkinabe President Captain Ibrahim Traore" is president; a rank after it is only rank.
        const [head, headAt] = firstTitle(titleWords);
        // "Ukraine's army chief X" heads the army named before the title; "foreign policy chief" heads no body.
        // "Hamas' political leader", "M23 rebel leader X": of a group, such words describe the group, not a portfolio in it.
        const ofGroup = body.key.startsWith("org:");
        // ("The DPRK's top leader, X": the top one of leaders is the leader.)
        const portfolio = titleWords.slice(0, headAt).filter((x) => PORTFOLIO_WORDS.has(x) && !TENURE_WORDS.has(x) && !(ofGroup && GROUP_DESCRIPTORS.has(x)) && !(x === "top" && head === "leader"));
        // "The group's military commander, X" heads an armed group as much as "its commander" does.
        const ownArmy = (body.key.startsWith("army:") || typeOf(body.key) === "ARMED_GROUP") && portfolio.every((x) => x === "army" || x === "military");
        // ("a captured Hezbollah commander, X", "another senior RSF commander, X": one of the body's commanders, not its head.)
        let article = body.start - 1;
        while (article > body.start - 4 && article > 0 && !w[article].cap && /^(ADJ|VERB|ADV|NOUN)$/.test(w[article].pos)) article--;
        const oneOf = /^(a|an|another)$/.test(w[article]?.lower ?? "");
        const leadsIt = !!head && TITLES.get(head)!.leads && !oneOf && (portfolio.length === 0 || ownArmy) && !(titleAt > t && portfolioNoun(w, t, titleAt));
        // A demonym before a title that is not a head of state's is nationality, not office.
        // A government office is held for the state, whatever word names it ("Rwandan minister X").
        const office = !!head && OFFICE_TITLES.test(head);
        // ("Sierra Leone's rebel leader X", "Syria's opposition leader X": a country's rebels and opposition are no part of its state.)
        const againstState = typeOf(body.key) === "STATE" && portfolio.some((x) => STATE_OPPONENT_WORDS.has(x));
        const nationality = againstState || (typeOf(body.key) === "STATE" && countryForm(surfaceOf(w, body.start, body.end))?.form === "demonym" && !(head && TITLES.get(head)!.ofState) && !office);
        // Only a head of state leads a state; "Ukraine's commander-in-chief" serves it.
        const ofState = typeOf(body.key) === "STATE" && body !== owner;
        // "his Rwandan counterpart Paul Kagame": a head of state's counterpart heads a state too;
        // "Foreign Minister X and his Iraqi counterpart Y": a minister's serves in one.
        const counterpart = head === "counterpart" && ofState ? peerOffice(sentences, s.index, m, mentions, table) : undefined;
        if (counterpart) emit(m.key, body.key, counterpart === "head", s.index, body.start, m.end);
        else if (!nationality) emit(m.key, body.key, leadsIt && (!ofState || !!TITLES.get(head!)?.ofState), s.index, body.start, m.end);
      } else if (titled && !body && !former && !POSSESSIVE.test(w[t - 1]?.text ?? "") && !/^(its|their|whose)$/.test(w[t - 1]?.lower ?? "")) {
        // ("Puntland's forces, under its president X", "the regional government, whose president X": an office a
        // pronoun gives an owner is that owner's, which the home country's is not.)
        // ("The council's president, X": the office of a body named only by a noun is none of a state's.)
        // "Government spokesman X" opening a sentence: the capital only says it opens it.
        // ("Defence Headquarters spokesman X": every capitalised word before the title.)
        const opening = t <= 3 && w.slice(0, t).every((x) => x.cap && /^(NOUN|PROPN)$/.test(x.pos)) ? w.slice(0, t).map((x) => x.lower) : [];
        unplaced.push({ m, s, at: t, titleWords: [...opening, ...titleWords] });
      }
      // ("X, known as Gheniwa, head of the SSA": what follows another name set off by commas is said of X.)
      const n = { ...m, end: pastAlias(w, m.end) };
      // Apposition after the name: "[Khaled al-Mahjoub], a spokesman for the self-styled [LNA]".
      // "Succes Masra, head of the Transformers party,": or with no article.
      const bareTitle = w[n.end]?.text === "," && bareTitleAt(w, n.end) >= 0;
      if (w[n.end]?.text === "," && (bareTitle || /^(a|an|the)$/.test(w[n.end + 1]?.lower ?? "") || POSSESSIVE.test(w[n.end + 2]?.text ?? ""))) {
        for (let j = bareTitle ? n.end + 1 : n.end + 2; j < Math.min(w.length, n.end + 8); j++) {
          if (ranksOffice(w[j].lower, w[j + 1]?.lower)) continue;
          let title = TITLES.get(`${w[j - 1].lower} ${w[j].lower}`) ?? TITLES.get(w[j].lower);
          // "the chief of staff of the armed forces", "director general of": a title of several words is read whole, to its last word.
          const whole = longestTitle(w, j, w.length);
          if (whole && whole.n > 1 && !TITLES.get(`${w[j - 1].lower} ${w[j].lower}`)) {
            j += whole.n - 1;
            title = TITLES.get(whole.title);
          }
          // "Khalil Haqqani, the Taliban's minister for refugees,": the body owning the title.
          // "Ali Hassan, Somalia's defence minister,": or right after the comma.
          const ownerAt = w[n.end + 1].lower === "the" ? n.end + 2 : n.end + 1;
          // ("Yahya Sinwar, the group's leader": "the group" may be the mention itself.)
          const owner = title ? ms.find((x) => (x.start === ownerAt || x.start === n.end + 1) && POSSESSIVE.test(w[x.end]?.text ?? "") && x.end < j) : undefined;
          // ("Russian President Boris Yeltsin, Iran's foreign minister and a UN envoy": a head of state titled
          // before the name holds no second state's office after it; that is the next person of a list.)
          const listed = owner && m.title?.leads && typeOf(owner.key) === "STATE" && !ms.some((x) => x.start > n.end && x.end <= j + 1 && typeOf(x.key) === "PERSON");
          if (owner && !listed) {
            const words = w.slice(owner.end + 1, j + 1).map((x) => x.lower);
            const [head] = firstTitle(words);
            const leadsIt = !!head && !!TITLES.get(head)?.leads && !portfolioNoun(w, owner.end + 1, j) && !words.some((x) => PORTFOLIO_WORDS.has(x) && !GROUP_DESCRIPTORS.has(x));
            if (!words.includes("former")) emit(m.key, owner.key, leadsIt && (typeOf(owner.key) !== "STATE" || !!TITLES.get(head!)?.ofState), s.index, m.start, owner.end);
            break;
          }
          // "Abdulraof Macacua, a senior MILF commander", "X, the PMF deputy commander": the body named before the title.
          // (A state so named is nationality: "X, a Kenyan police officer".)
          const named = title && !owner ? ms.find((x) => x.kind === "actor" && x.start > n.end + 1 && x.end <= j && w.slice(x.end, j).every((y) => y.pos === "ADJ" || (y.pos === "NOUN" && !y.cap)) && typeOf(x.key) !== "PERSON" && typeOf(x.key) !== "STATE") : undefined;
          if (named && title && !/^(of|for)$/.test(w[j + 1]?.lower ?? "")) {
            // ("X, the UN secretary-general's personal envoy": a title owning another office is the owner's, not X's;
            // X serves the body.)
            if (POSSESSIVE.test(w[j + 1]?.text ?? "")) {
              if (!w.slice(n.end + 1, j).some((x) => x.lower === "former")) emit(m.key, named.key, false, s.index, m.start, j + 1);
              break;
            }
            const words = w.slice(n.end + 2, j + 1).map((x) => x.lower);
            // ("X, the SSPDF commander in the area": a commander somewhere is one of the body's, not its head.)
            const oneOf = /^(a|an)$/.test(w[n.end + 1].lower) || w[j + 1]?.lower === "in";
            const describing = words.slice(0, words.length - 1).some((x) => PORTFOLIO_WORDS.has(x) && !GROUP_DESCRIPTORS.has(x) && x !== "top");
            if (!words.includes("former")) emit(m.key, named.key, !!title.leads && !oneOf && !describing, s.index, m.start, j + 1);
            break;
          }
          if (!title || !/^(for|of|at|with|to|in)$/.test(w[j + 1]?.lower ?? "")) continue;
          // ("the movement's representative at the United Nations", "envoy to the AU", "envoy for Western Sahara": one
          // sent to a body, or on a country's question, is not in it.)
          if (/^(representative|envoy|ambassador)$/.test(w[j].lower) && /^(at|to|for)$/.test(w[j + 1].lower)) break;
          // "head of the Sahel programme at Germany's Konrad Adenauer Foundation": the body a country owns.
          const first = ms.find((x) => x.start > j + 1 && x.start <= j + 7 && x.kind === "actor");
          // ("X, deputy chief of Russia's General Staff": a state's organ named by no party of its own is the state's.)
          const target = first && POSSESSIVE.test(w[first.end]?.text ?? "") ? (ms.find((x) => x.start === first.end + 1) ?? (typeOf(first.key) === "STATE" ? first : undefined)) : first;
          const portfolio = w.slice(bareTitle ? n.end + 1 : n.end + 2, j).some((x) => PORTFOLIO_WORDS.has(x.lower));
          // "X, a commander of Y" is one of its commanders; "X, the commander of Y" heads it. A former one is neither.
          const oneOf = /^(a|an)$/.test(w[n.end + 1].lower);
          // "head of the Sahel programme at the Foundation" heads a part of it.
          const partOf = !!target && w.slice(j + 1, target.start).some((x) => x.lower === "at");
          // "X, director of the Federal Security Service": a director with nothing before the title directs the body.
          const directs = w[j].lower === "director" && w[j + 1].lower === "of" && (j === n.end + 1 || (j === n.end + 2 && w[n.end + 1].lower === "the"));
          if (target && !w.slice(n.end + 2, j).some((x) => x.lower === "former")) emit(m.key, target.key, (title.leads || directs) && !portfolio && !oneOf && !partOf && (typeOf(target.key) !== "STATE" || !!title.ofState), s.index, m.start, target.end);
          break;
        }
      }
      // "the Union for Peace (UPC) of Ali Darassa", "the Jamiat-i-Islami of Burhanuddin Rabbani", "the FPRC of General X":
      // a body named by name as a person's is the body they lead. (Not a state's, "the Libya of Gaddafi"; nor a body
      // named by a common noun, "the junta of Colonel X", whose reference may be read wrong.)
      const namedOfAt = (m.title?.start ?? m.start) - 1;
      const ofBody = w[namedOfAt]?.lower === "of" ? ms.find((x) => x.kind === "actor" && w[x.start].cap && (x.end === namedOfAt || (w[x.end]?.text === "(" && w[namedOfAt - 1]?.text === ")" && x.end >= namedOfAt - 4))) : undefined;
      if (ofBody && !/^(STATE|PERSON)$/.test(typeOf(ofBody.key) ?? "")) emit(m.key, ofBody.key, true, s.index, ofBody.start, m.end);
      // "President Leila Nkurunziza of Seychelles", "General X of the RSF"
      if (m.title && w[m.end]?.lower === "of") {
        const body3 = ms.find((x) => x.start > m.end && x.start <= m.end + 2 && x.kind === "actor");
        const title = w.slice(m.title.start, m.start).map((x) => x.lower).join(" ");
        const head = TITLES.get(title) ?? TITLES.get(title.split(" ").pop() ?? "");
        if (body3 && head) emit(m.key, body3.key, head.leads && (typeOf(body3.key) !== "STATE" || !!head.ofState), s.index, m.start, body3.end);
      }
      // "Organi was named chairman of the union", "X was elected president of the party": an office given.
      const given = appointedAt(w, m.end);
      if (given > 0) {
        let at = given + 1;
        while (/^(as|the|a|an|new|interim|acting|first)$/.test(w[at]?.lower ?? "")) at++;
        const office = longestTitle(w, at, w.length);
        const ofAt = office ? at + office.n : -1;
        const body8 = office && w[ofAt]?.lower === "of" ? ms.find((x) => x.start > ofAt && x.start <= ofAt + 3 && x.kind === "actor") : undefined;
        const title8 = office ? TITLES.get(office.title) : undefined;
        if (body8 && title8 && typeOf(body8.key) !== "PERSON") emit(m.key, body8.key, title8.leads && (typeOf(body8.key) !== "STATE" || !!title8.ofState), s.index, m.start, body8.end);
      }
      // "Haftar commands the LNA", "Omar Bongo ruled Gabon for 41 years": a person as the subject of a verb of leading;
      // "Machar, who leads the SPLM-IO", "Robert Mugabe, 93, who has ruled ZANU-PF", "Amritpal Singh, a preacher
      // who heads the group X": or of a relative clause about them (a country is only ruled, and only by its subject).
      const whoAt = w[n.end]?.text === "," ? whoAfterComma(w, n.end) : -1;
      const led = typeOf(m.key) === "PERSON" ? bodyLedBy(ms, w, m.end, table) : undefined;
      const ledInClause = whoAt > 0 ? bodyLedBy(ms, w, whoAt + 1, table) : undefined;
      if (led && (typeOf(led.body.key) !== "STATE" || RULING_VERBS.has(led.verb))) emit(m.key, led.body.key, true, s.index, m.start, led.body.end);
      // ("Deby, 68, who ruled Chad for three decades": a country ruled in the clause is the person's too.)
      if (ledInClause && (typeOf(ledInClause.body.key) !== "STATE" || RULING_VERBS.has(ledInClause.verb))) emit(m.key, ledInClause.body.key, true, s.index, m.start, ledInClause.body.end);
      if (whoAt > 0 && w[whoAt - 1].text === ",") {
        // "Hun Sen, who … is now president of the Senate": a title the relative clause gives.
        const is = w.slice(m.end + 2, m.end + 16).findIndex((x, k, all) => /^(is|was)$/.test(x.lower) && (all[k - 1]?.lower === "and" || k === 0));
        let roleAt = is < 0 ? -1 : m.end + 3 + is;
        while (roleAt > 0 && roleAt < w.length && (w[roleAt].pos === "ADV" || w[roleAt].pos === "DET")) roleAt++;
        const role = roleAt > 0 ? TITLES.get(w[roleAt]?.lower ?? "") : undefined;
        const body7 = role && w[roleAt + 1]?.lower === "of" ? ms.find((x) => x.start > roleAt + 1 && x.start <= roleAt + 4 && x.kind === "actor") : undefined;
        if (body7 && typeOf(body7.key) !== "PERSON") emit(m.key, body7.key, role!.leads && (typeOf(body7.key) !== "STATE" || !!role!.ofState), s.index, m.start, body7.end);
      }
      // "Rajoelina is also the current chairman of the SADC", "Zuma, speaking as chairman of the AU",
      // "Lobato is a vice-president of Fretilin": an office said of the person.
      const said = /^(is|was)$/.test(w[m.end]?.lower ?? "") ? m.end + 1 : w[m.end]?.text === "," && w[m.end + 1]?.lower === "speaking" && w[m.end + 2]?.lower === "as" ? m.end + 3 : -1;
      if (said > 0 && typeOf(m.key) === "PERSON") {
        let at = said;
        while (at < said + 4 && (/^(ADV|DET)$/.test(w[at]?.pos ?? "") || /^(current|new|acting|interim)$/.test(w[at]?.lower ?? ""))) at++;
        const office = longestTitle(w, at, w.length);
        const ofAt = office ? at + office.n : -1;
        const body11 = office && /^(of|for)$/.test(w[ofAt]?.lower ?? "") ? ms.find((x) => x.start > ofAt && x.start <= ofAt + 3 && x.kind === "actor") : undefined;
        const title11 = office ? TITLES.get(office.title) : undefined;
        const oneOf = /^(a|an)$/.test(w[at - 1]?.lower ?? "");
        if (body11 && title11 && typeOf(body11.key) !== "PERSON" && !w.slice(said, at).some((x) => x.lower === "former")) emit(m.key, body11.key, title11.leads && !oneOf && (typeOf(body11.key) !== "STATE" || !!title11.ofState), s.index, m.start, body11.end);
      }
      // "Saudi Arabia's minister of state for foreign affairs, Adel al-Jubeir", "the EU's special envoy for the
      // talks, X": an office a body owns, with what or where it is held for, then the name after a comma.
      const held = ownedOfficeBefore(ms, w, m, typeOf);
      if (held) emit(m.key, held.owner.key, held.leads, s.index, held.owner.start, m.end);
      // "The head of UNMISS, Nicholas Haysom,": a title of a body, then the name
      // ("the commander of the National Guard, Colonel X": with a rank before it).
      const rankOnly = m.title !== undefined && w.slice(m.title.start, m.start).every((x) => !TITLES.get(x.lower)?.leads && !OFFICE_TITLES.test(x.lower));
      let afterComma = m.title && rankOnly ? m.title.start : m.start;
      // ("the commander of the FTC, general Mario Restrepo", "…, the colonel X": a rank in lower case, as translated copy writes it.)
      let rank = afterComma;
      while (rank > afterComma - 2 && !w[rank - 1]?.cap && TITLES.get(w[rank - 1]?.lower ?? "")?.leads === false) rank--;
      if (rank < afterComma && w[rank - 1]?.lower === "the") rank--;
      if (!m.title && rank < afterComma && w[rank - 1]?.text === ",") afterComma = rank;
      if (w[afterComma - 1]?.text === "," && (!m.title || rankOnly)) {
        // ("The commander of the Joint Task Force (FTC), X": the name before its acronym.)
        const open = w[afterComma - 2]?.text === ")" ? w.slice(0, afterComma - 2).findLastIndex((x) => x.text === "(") : -1;
        const body4 = ms.find((x) => x.end === (open > 0 ? open : afterComma - 1));
        // ("The leader of the criminal gang Los Choneros, X": describing words may come before the name.)
        let of = body4 ? body4.start - 1 : -1;
        while (of > 0 && of > (body4?.start ?? 0) - 5 && (w[of].pos === "DET" || w[of].pos === "ADJ" || (w[of].pos === "NOUN" && !w[of].cap))) of--;
        // A rank is no office: "the renegade general of Libya, Khalifa Haftar".
        // "The Minister of Foreign Affairs of New Zealand, Winston Peters": back over the portfolio to the title.
        let o = of - 1;
        while (o > of - 5 && o > 0 && TITLES.get(w[o].lower) === undefined && (w[o].cap || w[o].lower === "of" || w[o].lower === "the")) o--;
        let office = of > 0 && (w[of].lower === "of" || w[of].lower === "for") ? w[o].lower : "";
        // ("The chief of staff of the Gambian army, General X": a title of several words, ending at the "of".)
        const whole = !TITLES.get(office) && of > 3 ? [of - 3, of - 2].map((k) => ({ k, t: longestTitle(w, k, of) })).find(({ k, t }) => t && k + t.n === of) : undefined;
        if (whole) [office, o] = [whole.t!.title, whole.k];
        const title = TITLES.get(office)?.leads || OFFICE_TITLES.test(office) || (office === "chief of staff" && body4?.key.startsWith("army:")) ? TITLES.get(office) : undefined;
        const heads = !!title && (title.leads || office === "chief of staff");
        if (body4 && title && !PORTFOLIO_WORDS.has(w[o - 1]?.lower ?? "")) emit(m.key, body4.key, heads && (typeOf(body4.key) !== "STATE" || !!title.ofState), s.index, o, m.end);
        // "The Minister of the Interior, John Reimberg,": an office of no body named, placed once the article is read.
        if (!body4 && !m.title) {
          let from = m.start - 2;
          while (from > m.start - 7 && from > 0 && w[from].text !== "," && (w[from].cap || /^(of|the|for)$/.test(w[from].lower))) from--;
          const words = w.slice(from + 1, m.start - 1).map((x) => x.lower).filter((x) => x !== "the");
          if (firstTitle(words)[0] !== undefined && !ms.some((x) => x.start > from && x.end < m.start)) unplaced.push({ m, s, at: from + 1, titleWords: words });
        }
      }
      // "The coalition's president is Prince Norodom Sihanouk", "The leader of the group is X": an office said to be the person's.
      // ("whose military commander is former National Guard Col. X": a rank held before, and the service it was held in.)
      let isAt = (m.title?.start ?? m.start) - 1;
      while (m.title && isAt > m.title.start - 5 && (/^(former|retired)$/.test(w[isAt]?.lower ?? "") || ms.some((x) => x.start <= isAt && isAt < x.end))) isAt--;
      if (/^(is|was)$/.test(w[isAt]?.lower ?? "") && TITLES.get(w[isAt - 1]?.lower ?? "")) {
        const title = TITLES.get(w[isAt - 1].lower)!;
        // ("The STC, whose president is X", "the FDN, whose political leader is X and whose military commander is Y":
        // "whose" owns the office as a possessive does, with describing words before the title.)
        let d = isAt - 2;
        while (d > isAt - 5 && !w[d]?.cap && /^(ADJ|NOUN)$/.test(w[d]?.pos ?? "")) d--;
        const owned = POSSESSIVE.test(w[isAt - 2]?.text ?? "") ? ms.find((x) => x.end === isAt - 2) : w[d]?.lower === "whose" ? ownerOfWhose(ms, w, d) : undefined;
        const describing = w.slice(d + 1, isAt - 1).map((x) => x.lower);
        const armed = !!owned && (owned.key.startsWith("army:") || typeOf(owned.key) === "ARMED_GROUP");
        const portfolio = describing.some((x) => PORTFOLIO_WORDS.has(x) && !GROUP_DESCRIPTORS.has(x) && !(armed && (x === "military" || x === "army")));
        if (owned && owned.kind === "actor" && typeOf(owned.key) !== "PERSON") emit(m.key, owned.key, title.leads && !portfolio && (typeOf(owned.key) !== "STATE" || !!title.ofState), s.index, owned.start, m.end);
      }
      // "Dr Arrey Ntui, of the ICG,": a person of a body named after a comma belongs to it.
      if (w[m.end]?.text === "," && w[m.end + 1]?.lower === "of") {
        const body6 = ms.find((x) => (x.start === m.end + 2 || (x.start === m.end + 3 && w[m.end + 2].lower === "the")) && x.kind === "actor");
        if (body6 && typeOf(body6.key) !== "PERSON") emit(m.key, body6.key, false, s.index, m.start, body6.end);
      }
      // "the RSF, led by Mohamed Hamdan Dagalo"
      const named = m.title?.start ?? m.start;
      // "headed by Deby's son, Mahamat Idriss Deby": the son, not the father.
      const kin = w[m.end]?.text === "'s" && KIN_NOUNS.has(w[m.end + 1]?.lower ?? "") && w[m.end + 2]?.text === "," ? ms.find((x) => x.start === m.end + 3 && typeOf(x.key) === "PERSON") : undefined;
      const leader = w[m.end]?.text !== "'s" ? m : kin;
      // ("headed by district council chairman X": the body the title is of may come between.)
      // "led by X and Y": the second of two leaders after "by" is read from the first's "by".
      const secondLeader = w[named - 1]?.lower === "and" ? ms.find((x) => x.end === named - 1 && typeOf(x.key) === "PERSON") : undefined;
      let by = (secondLeader ? secondLeader.title?.start ?? secondLeader.start : named) - 1;
      // ("headed by the dreaded commander X", "led by the veteran Malian fighter X": an article and a demonym
      // before a noun too; not "led by Congolese Tutsis", a people.)
      while (by > named - 7 && by > 0 && w[by].lower !== "by" && ((!w[by].cap && /^(NOUN|ADJ)$/.test(w[by].pos)) || (/^(the|a|an)$/.test(w[by].lower) && w[by - 1]?.lower === "by") || (countryForm(w[by].text)?.form === "demonym" && !w[by + 1].cap) || ms.some((x) => x.start <= by && by < x.end && x.key.startsWith("org:")))) by--;
      // ("led since 2014 by X", "founded in 1964 by X": a time phrase may come between.)
      const ledAt = leader ? ledByAt(w, by) : -1;
      // ("the force once led by X", "formerly headed by X": a past head is not its leader now.)
      const past = ledAt > 0 && /^(once|formerly|previously|originally)$/.test(w[ledAt - 1]?.lower ?? "");
      if (leader && ledAt >= 0 && !past) {
        // "HTS (HTS), led by", "the militia, which is led by", "The group is led by": the body before those.
        let k = ledAt;
        while (w[k - 1]?.pos === "ADV") k--;
        // ("has been headed since 2022 by X": a perfect too.)
        const perfect = w[k - 1]?.lower === "been" && /^(has|have|had)$/.test(w[k - 2]?.lower ?? "");
        const be = perfect || /^(is|was|are|were)$/.test(w[k - 1]?.lower ?? "");
        if (be) k -= perfect ? 2 : 1;
        if (/^(which|that)$/.test(w[k - 1]?.lower ?? "")) k--;
        if (w[k - 1]?.text === ",") k--;
        if (w[k - 1]?.text === ")") while (k > 0 && w[k].text !== "(") k--;
        // "the Sudan Liberation Army faction led by Minni Minawi": a describing noun may come between.
        // "The NRF, an armed opposition group led by Ahmad Massoud": or an apposition of common words.
        let a = k - 1;
        // ("The EU mission, more than 200 unarmed observers led by X": a count of them too.)
        // ("a local clan-based militia led by X": a hyphened describing word the tagger takes for a verb too.)
        while (a > k - 7 && a > 0 && (/^(DET|ADJ|NOUN|NUM)$/.test(w[a].pos) || /^(more|than|some|about|nearly)$/.test(w[a].lower) || /^\p{Ll}+-\p{Ll}+$/u.test(w[a].text)) && !ms.some((x) => x.start <= a && a < x.end)) a--;
        let nameEnd = a;
        if (w[nameEnd - 1]?.text === ")") for (nameEnd--; nameEnd > 0 && w[nameEnd].text !== "("; ) nameEnd--;
        // ("Radaa, an Islamist-leaning force headed by X", "a force drawn from the Kokang minority and led by X": past
        // hyphened describing words and a participle phrase joined by "and" too.)
        const comma = w[a]?.text === "," && a < k - 2 ? a : apposedNameComma(w, k, (j) => ms.some((x) => x.start <= j && j < x.end));
        if (comma !== a && w[comma - 1]?.text === ")") for (nameEnd = comma - 1; nameEnd > 0 && w[nameEnd].text !== "("; ) nameEnd--;
        const apposed = comma >= 0 ? ms.find((x) => x.end === comma || x.end === nameEnd) : undefined;
        // "The OLA leadership, headed by X": a body's leadership is the body's.
        // ("The PLGA battalion, headed by X": or a unit of it named by its kind.)
        const described = DESCRIBING_NOUNS.has(w[k - 1]?.lower ?? "") || /^(leadership|command|battalion|brigade|unit)$/.test(w[k - 1]?.lower ?? "");
        // "Led by Bashir Zeb, the BLA is …": the body named after the fronted phrase.
        const fronted = ledAt === 0 && w[m.end]?.text === "," ? ms.find((x) => x.start === m.end + 1 || (x.start === m.end + 2 && w[m.end + 1].lower === "the")) : undefined;
        // "The RPF was founded in Uganda in 1987 and is led by X": a second predicate of the sentence's subject.
        // ("a coalition launched in 2023 and led by X": participles joined describe what they follow.)
        const second = be && w[k - 1]?.lower === "and" && w.slice(0, k).some((x) => x.pos === "VERB") ? ms.find((x) => x.kind === "actor" && x.end < k && typeOf(x.key) !== "PERSON" && x.start <= 2) : undefined;
        const near = fronted ?? ms.find((x) => x.end === k) ?? (described ? ms.find((x) => x.end === k - 1) : undefined);
        // "X and Y are led respectively by A and B": the first leader leads the first body.
        const and = near && w[near.start - 1]?.lower === "the" ? near.start - 2 : (near?.start ?? 0) - 1;
        const pairedFirst = near && !secondLeader && w.slice(ledAt, by).some((x) => x.lower === "respectively") && w[and]?.lower === "and" ? ms.find((x) => x.end === and && x.kind === "actor" && typeOf(x.key) !== "PERSON") : undefined;
        const group = pairedFirst ?? (near && partNamedBefore(ms, w, near.start)) ?? near ?? ownedBefore(ms, w, k) ?? apposed ?? second;
        if (group) emit(leader.key, group.key, true, s.index, group.start, leader.end);
      }
      // "the 53rd Division, under Major General Kamal Gunaratne": a unit under a titled officer is led by them.
      if (m.title && w[m.title.start - 1]?.lower === "under" && w[m.title.start - 2]?.text === ",") {
        const unit = ms.find((x) => x.end === m.title!.start - 2 && x.kind === "actor" && x.key.startsWith("org:"));
        if (unit) emit(m.key, unit.key, true, s.index, unit.start, m.end);
      }
      // "Peru's government under Alberto Fujimori", "the regime under President X": a government under a person is theirs.
      // ("under then-President X": a title held at the time, one word to the tagger, may come between.)
      const underAt = (m.title?.start ?? m.start) - (heldThen(w[m.start - 1]) ? 2 : 1);
      if (w[underAt]?.lower === "under" && (!m.title || m.title.leads)) {
        const ruled = ms.find((x) => x.end === underAt && typeOf(x.key) === "GOVERNMENT");
        if (ruled) emit(m.key, ruled.key, true, s.index, ruled.start, m.end);
      }
      // "40,000 Cuban troops … under the command of General Arnaldo Ochoa": an officer commanding a state's
      // troops serves the state; commanding a named body, leads it.
      const commandedAt = m.title?.start ?? m.start;
      if (w[commandedAt - 1]?.lower === "of" && w[commandedAt - 2]?.lower === "command" && w[commandedAt - 3]?.lower === "the" && w[commandedAt - 4]?.lower === "under") {
        const under = commandedAt - 4;
        const clause = w.slice(0, under).findLastIndex((x) => x.text === ";" || x.text === ".") + 1;
        // (The clause's subject: "X attacked Y under the command of Z" is X's command.)
        const commanded = ms.find((x) => x.kind === "actor" && x.start >= clause && x.end <= under && typeOf(x.key) !== "PERSON");
        if (commanded) emit(m.key, commanded.key, typeOf(commanded.key) !== "STATE", s.index, commanded.start, m.end);
      }
      // "X, who is in charge of the LTTE('s international relations)": in charge of a body, or of one of its parts.
      if (w[m.end]?.text === "," && w[m.end + 1]?.lower === "who" && /^(is|was)$/.test(w[m.end + 2]?.lower ?? "") && w[m.end + 3]?.lower === "in" && w[m.end + 4]?.lower === "charge" && w[m.end + 5]?.lower === "of") {
        const body9 = ms.find((x) => x.start > m.end + 5 && x.start <= m.end + 8 && x.kind === "actor");
        if (body9 && typeOf(body9.key) !== "PERSON") emit(m.key, body9.key, !POSSESSIVE.test(w[body9.end]?.text ?? ""), s.index, m.start, body9.end);
      }
      // "the Libyan National Army (LNA) of Haftar"
      // ("the LNA of the marshal Khalifa Haftar": translated copy puts an article and a rank in lower case between.)
      let ranked = named;
      while (ranked > named - 2 && !w[ranked - 1]?.cap && TITLES.get(w[ranked - 1]?.lower ?? "") !== undefined) ranked--;
      // ("the gang of the former policeman X", "the militia of indicted war crimes suspect X": or a word for what the
      // man does, with what describes it, which says the body is his.)
      const called = ranked === named && !m.title && PERSON_NOUNS.has(w[named - 1]?.lower ?? "");
      if (called) {
        ranked--;
        while (ranked > named - 5 && !w[ranked - 1]?.cap && (/^(ADJ|NOUN)$/.test(w[ranked - 1]?.pos ?? "") || (w[ranked - 1]?.pos === "VERB" && w[ranked - 1].lower.endsWith("ed")))) ranked--;
      }
      const ofNamed = ranked < named && w[ranked - 1]?.lower === "the" && w[ranked - 2]?.lower === "of" ? ranked - 1 : called && w[ranked - 1]?.lower === "of" ? ranked : named;
      if (w[ofNamed - 1]?.lower === "of") {
        let k = ofNamed - 1;
        // ("Vectus Global, of the businessman X": translated copy sets the owner off with a comma.)
        if (called && w[k - 1]?.text === ",") k--;
        if (w[k - 1]?.text === ")") while (k > 0 && w[k].text !== "(") k--;
        // ('"Family and Allies G9" (G9 an Fanmi) of …': a name in quotes ends before its closing quote.)
        const body2 = ms.find((x) => x.end === k || (called && x.end === k - 1 && w[k - 1]?.text === '"'));
        const bt = body2 && typeOf(body2.key);
        // "the GNA of Prime Minister Fayez al-Serraj": a government of its titled head too.
        // "the Eritrean government of Isaias Afwerki": a government named after a person is theirs, titled or not.
        // ("the UFDD of Mahamat Nouri": an acronym's body of an untitled man is his, as "Holden Roberto's FNLA" is.)
        const acronymOf = body2 && !m.title && acronymBody(body2, w, typeOf);
        if (body2 && (bt === "ARMED_GROUP" || bt === "POLITICAL_GROUP" || acronymOf || (called && body2.key.startsWith("org:")) || (bt === "GOVERNMENT" && (m.title?.leads || !m.title)))) emit(m.key, body2.key, true, s.index, body2.start, m.end);
        // "Fatah, the party of President Mahmoud Abbas": a body named in apposition before "the party of" a head.
        let comma = k - 3;
        if (w[comma - 1]?.text === ")") while (comma > 0 && w[comma].text !== "(") comma--;
        const apposedBody = !body2 && /^(party|movement|group|faction|militia)$/.test(w[k - 1]?.lower ?? "") && w[k - 2]?.lower === "the" && w[k - 3]?.text === "," ? ms.find((x) => x.end === comma && x.kind === "actor") : undefined;
        if (apposedBody && typeOf(apposedBody.key) !== "STATE" && typeOf(apposedBody.key) !== "PERSON" && (!m.title || m.title.leads)) emit(m.key, apposedBody.key, true, s.index, apposedBody.start, m.end);
      }
      // "the TIM party of former president Marc Ravalomanana", "the Armenia Alliance of former President X": a party
      // or movement of a man is his to lead, whatever office of state he held before.
      let ofAt = named - 1;
      // ("the party of former president X": a title in lower case is no part of the name.)
      while (ofAt > named - 4 && (/^(former|ex|exiled|jailed)$/.test(w[ofAt]?.lower ?? "") || (!w[ofAt]?.cap && TITLES.get(w[ofAt]?.lower ?? "")?.leads))) ofAt--;
      if (w[ofAt]?.lower === "of" && (!m.title || m.title.leads)) {
        let k = ofAt;
        // ("the TIM party of X": the noun may be read into the party's name, or stand after it.)
        // ("the new FRELIMO government of Samora Machel": a party's government of a man is his party's.)
        const noun = DESCRIBING_NOUNS.has(w[k - 1]?.lower ?? "") || /^(party|government|regime)$/.test(w[k - 1]?.lower ?? "");
        if (noun && !ms.some((x) => x.end === k)) k--;
        if (w[k - 1]?.text === ")") while (k > 0 && w[k].text !== "(") k--;
        const party = noun || ofAt < named - 1 ? ms.find((x) => x.end === k && x.kind === "actor" && x.key.startsWith("org:")) : undefined;
        const pt = party && typeOf(party.key);
        if (party && (pt === "ARMED_GROUP" || pt === "POLITICAL_GROUP" || (pt === "ORGANIZATION" && noun))) emit(m.key, party.key, true, s.index, party.start, m.end);
      }
      // "Haftar's Libyan National Army", "Hemedti's RSF": a man's own armed group.
      // ("Sankoh, whose Revolutionary United Front (RUF) …": the same said with "whose".)
      const whose = w[m.end]?.text === "," && w[m.end + 1]?.lower === "whose";
      if (w[m.end]?.text === "'s" || whose) {
        const owned = ms.find((x) => x.start === m.end + (whose ? 2 : 1));
        // "President Salva Kiir's government": the government a head of state owns.
        const ownGovernment = owned && typeOf(owned.key) === "GOVERNMENT" && (!m.title || m.title.leads);
        // ("Holden Roberto's FNLA": an untitled man's body known by its acronym is his movement, whatever it is called.)
        const ownAcronym = owned && !m.title && acronymBody(owned, w, typeOf);
        if (owned && (((typeOf(owned.key) === "ARMED_GROUP" || typeOf(owned.key) === "POLITICAL_GROUP") && owned.key.startsWith("org:")) || ownGovernment || ownAcronym)) emit(m.key, owned.key, true, s.index, m.start, owned.end);
      }
    }
  }
  return { relations, leads, unplaced };
}

/** A body the story names only by an acronym it could not type ("the FNLA", "the UFDD"): an untitled man's, where he is named with it. */
function acronymBody(x: Mention, w: WordSentence["words"], typeOf: (key: string) => string | undefined): boolean {
  return x.end - x.start === 1 && w[x.start].acronym && typeOf(x.key) === "ORGANIZATION" && x.key.startsWith("org:");
}

/**
 * The body owning an office named before a person after a comma, with a phrase saying what the office is
 * for or where it is held: "France's high commissioner in the territory, X", "the rebels' chief negotiator
 * at the talks in Accra, X" (the comma stops the reading of titles right before the name).
 * The title comes first after the owner, past describing words; no other party, clause or former office between.
 */
function ownedOfficeBefore(ms: Mention[], w: WordSentence["words"], m: Mention, typeOf: (key: string) => string | undefined): { owner: Mention; leads: boolean } | undefined {
  // ("…, the colonel Abdou Ndiaye": an article and a rank may open the name.)
  let at = m.title?.start ?? m.start;
  if (w[at - 1]?.lower === "the") at--;
  if (w[at - 1]?.text !== ",") return undefined;
  let k = at - 2;
  while (k > at - 14 && k > 0 && !POSSESSIVE.test(w[k].text)) {
    if (w[k].text === "," || w[k].pos === "VERB" || w[k].pos === "AUX" || w[k].lower === "former") return undefined;
    if (ms.some((x) => x.start <= k && k < x.end && x.kind === "actor")) return undefined;
    k--;
  }
  if (!POSSESSIVE.test(w[k]?.text ?? "")) return undefined;
  const owner = ms.find((x) => x.end === k && x.kind === "actor");
  if (!owner || typeOf(owner.key) === "PERSON" || /^(then|ex|former)$/.test(w[owner.start - 1]?.lower ?? "")) return undefined;
  const words = w.slice(k + 1, at - 1);
  const lower = words.map((x) => x.lower);
  // ("chief negotiator": an office only ranked by "chief" is an office all the same.)
  const [title, titleAt] = firstTitle(lower);
  const head = title ?? lower.find((x) => OFFICE_TITLES.test(x));
  const headAt = title ? titleAt : lower.findIndex((x) => x === head);
  if (!head || headAt < 0 || words.slice(0, headAt).some((x) => x.cap || !/^(ADJ|NOUN)$/.test(x.pos))) return undefined;
  // (Only an office with a phrase after it: one right before the comma is read with the other titles.)
  if (!words.slice(headAt + head.split(" ").length).some((x) => x.pos === "ADP")) return undefined;
  const portfolio = lower.slice(0, headAt).some((x) => PORTFOLIO_WORDS.has(x) && !GROUP_DESCRIPTORS.has(x));
  const leads = !!TITLES.get(head)?.leads && !portfolio && (typeOf(owner.key) !== "STATE" || !!TITLES.get(head)?.ofState);
  return { owner, leads };
}

/**
 * The body a "whose" at `at` is said of: the name before its comma ("the STC, whose"), or the one a first
 * "whose" is said of when a second is joined to it ("whose political leader is X and whose commander is Y").
 */
function ownerOfWhose(ms: Mention[], w: WordSentence["words"], at: number): Mention | undefined {
  if (w[at - 1]?.lower === "and") {
    const first = w.slice(0, at - 1).findLastIndex((x) => x.lower === "whose");
    return first > 0 && first > at - 16 ? ownerOfWhose(ms, w, first) : undefined;
  }
  return apposedTo(ms, w, at - 1);
}

/** What a body's head heads when "X's" owns it: "Hamas's political bureau, headed by Y" (the body's own leadership). */
const LEADERSHIP_NOUNS = new Set(["leadership", "command", "bureau", "politburo"]);

/**
 * The body named before an apposition calling it another's part, where the part's "of" object starts at
 * `of + 1`: "JNIM, the Sahel branch of al-Qaeda led by Y" is JNIM (the name the phrase describes).
 */
function partNamedBefore(ms: Mention[], w: WordSentence["words"], at: number): Mention | undefined {
  if (w[at - 1]?.lower !== "of") return undefined;
  let k = at - 2;
  let part = false;
  // ("the central Mali branch of": a country or a demonym may say where the part is.)
  while (k > at - 6 && k > 0 && ((/^(ADJ|NOUN|DET)$/.test(w[k].pos) && !w[k].cap) || countryForm(w[k].text))) {
    if (PART_NOUNS.has(w[k].lower)) part = true;
    k--;
  }
  return part ? apposedTo(ms, w, k) : undefined;
}

/**
 * The body a possessive owns right before the comma at `k` (past describing words and a demonym): its own
 * leadership ("Hamas's political bureau, headed by Y") is the owner; its part in apposition to a name
 * ("the Nusra Front, al Qaeda's official Syrian affiliate, which is led by Y") is the name.
 */
function ownedBefore(ms: Mention[], w: WordSentence["words"], k: number): Mention | undefined {
  let p = k - 1;
  while (p > k - 5 && p > 0 && !POSSESSIVE.test(w[p].text) && ((/^(ADJ|NOUN)$/.test(w[p].pos) && !w[p].cap) || countryForm(w[p].text)?.form === "demonym")) p--;
  const owner = p < k - 1 && POSSESSIVE.test(w[p]?.text ?? "") ? ms.find((x) => x.end === p && x.kind === "actor") : undefined;
  if (!owner) return undefined;
  if (LEADERSHIP_NOUNS.has(w[k - 1].lower)) return owner;
  return PART_NOUNS.has(w[k - 1].lower) ? apposedTo(ms, w, owner.start - 1) : undefined;
}

/** The body named before the comma at `comma` ("JNIM (…)," — the acronym in brackets before it, else the name). */
function apposedTo(ms: Mention[], w: WordSentence["words"], comma: number): Mention | undefined {
  if (w[comma]?.text !== ",") return undefined;
  if (w[comma - 1]?.text !== ")") return ms.find((x) => x.end === comma && x.kind === "actor");
  const open = w.slice(0, comma).findLastIndex((x) => x.text === "(");
  return ms.find((x) => x.start === open + 1 && x.kind === "actor") ?? ms.find((x) => x.end === open && x.kind === "actor");
}

/** Portfolio words that, before the title of a group's head, only say what kind of group it is. */
const GROUP_DESCRIPTORS = new Set(["political", "opposition", "rebel", "militia", "tribal", "spiritual", "religious", "party", "separatist", "jihadist", "militant", "insurgent", "top"]);

/** Where the "who" of "X, who …", "X, 93, who …" or "X, a preacher who …" is, after the comma at `comma`; -1 if none. */
function whoAfterComma(w: WordSentence["words"], comma: number): number {
  if (w[comma + 1]?.lower === "who") return comma + 1;
  if (w[comma + 1]?.pos === "NUM" && w[comma + 2]?.text === "," && w[comma + 3]?.lower === "who") return comma + 3;
  return whoAfterDescription(w, comma + 1);
}

/**
 * The body a verb of leading at `from` (past adverbs and "has") names: "heads the radical group X",
 * "has ruled ZANU-PF"; none across a preposition ("led protests in X").
 */
function bodyLedBy(ms: Mention[], w: WordSentence["words"], from: number, table: EntityTable): { body: Mention; verb: string } | undefined {
  let v = from;
  while (v < from + 3 && (w[v]?.pos === "ADV" || /^(has|have|had)$/.test(w[v]?.lower ?? ""))) v++;
  if (!LEADING_VERBS.has(w[v]?.lower ?? "")) return undefined;
  let body = ms.find((x) => x.start > v && x.start <= v + 4 && x.kind === "actor");
  // "heads the army's Special Forces Group": the body owned.
  if (body && POSSESSIVE.test(w[body.end]?.text ?? "")) body = ms.find((x) => x.start === body!.end + 1 && x.kind === "actor");
  return body && table.get(body.key)?.type !== "PERSON" && !w.slice(v + 1, body.start).some((y) => y.pos === "ADP" || y.pos === "VERB" || y.text === ",") ? { body, verb: w[v].lower } : undefined;
}

/**
 * The office of the person a counterpart is named beside ("Turkish Foreign Minister X … his Iraqi counterpart Y"):
 * the last person named before, by the title before their name there or where the article first titles them
 * ("Jaishankar, who held talks with his Chinese counterpart"). A head of state's ("head"), an office of state ("member").
 */
function peerOffice(sentences: WordSentence[], at: number, m: Mention, mentions: Mention[][], table: EntityTable): "head" | "member" | undefined {
  const peer = mentions[at].filter((o) => o.end <= m.start && table.get(o.key)?.type === "PERSON").pop();
  if (!peer) return undefined;
  const words = (o: Mention) => {
    const w = sentences[o.sentence].words;
    // ("the Guinean president Alpha Conde", "head of state General X": a title in lower case, before the name.)
    const from = o.title?.start ?? o.start;
    let a = from;
    while (a > 0 && a > from - 3 && !w[a - 1].cap && (/^(NOUN|ADJ)$/.test(w[a - 1].pos) || w[a - 1].lower === "of")) a--;
    return w.slice(a, o.start).map((x) => x.lower);
  };
  const titled = [peer, ...mentions.flat().filter((o) => o.key === peer.key)].map(words).find((x) => firstTitle(x)[0] !== undefined) ?? [];
  const [title] = firstTitle(titled);
  if (!title || title === "counterpart") return undefined;
  if (TITLES.get(title)?.ofState) return titled.some((x) => x === "vice" || x === "deputy") ? "member" : "head";
  return OFFICE_TITLES.test(title) ? "member" : undefined;
}

/** "chief spokesman", "chief negotiator": "chief" before an office only ranks it. */
const ranksOffice = (word: string, next: string | undefined) => word === "chief" && OFFICE_TITLES.test(next ?? "");

/** The first title among the words before a name, longest first at each place, with where it starts. */
export function firstTitle(words: string[]): [string | undefined, number] {
  for (let p = 0; p < words.length; p++) {
    for (let n = Math.min(3, words.length - p); n >= 1; n--) {
      const t = words.slice(p, p + n).join(" ");
      if (ranksOffice(t, words[p + 1])) break;
      if (TITLES.get(t)) return [t, p];
    }
  }
  return [undefined, words.length];
}
