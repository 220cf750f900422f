/**
 * Phrases for what the rubric reports (docs/judgement.md §1): threats — explicit and veiled, without a swear
 * word — doxxing, sexual harassment, self-harm incitement, pile-on calls, and telling a group it does not
 * belong. English and Dutch, written for Tactful; syntax in phrase-match.ts. Each is evidence the action
 * model weighs, never a verdict by itself; `idiom` lists the everyday uses that must not count ("would it kill
 * you to…", "ik ga dood van het lachen").
 */
const YOU = '(you|u|ya|yall|you guys|him|her|them|jou|je|jij|jullie|hem|haar|ze|u)';

export const HARM_PHRASES = {
  threat: [
    // English, explicit
    `(i|ill|im|imma|well|we|were|gonna) (will|gonna|going|shall)? to? (kill|hurt|stab|shoot|murder|strangle|punch|beat|smash|choke) ${YOU}`,
    '(i|ill|im|imma|we|well) (will|gonna|going)? to? (find|get|end|destroy|ruin|burn|break) (you|u|ya|yall|him|her|them)',
    '(i|we) (will|shall|are going to|am going to) find (you|u|yall|out where)', 'find out where (you|u|he|she|they) (live|lives|work|works)',
    'i know where ~ (live|lives|work|works|park|parks|sleep|sleeps|stay|stays|shop|shops|go|goes)',
    'we know where ~ (live|lives|work|works|park|parks)',
    'i know (what|which|when) ~ (close|closes|leave|leaves|finish|finishes|shift|drive|drives|car|school|route|bus)',
    'watch (your|ur|ya) (back|step)', '(you|u|youll|ull|yall) (will|gonna)? (regret|pay for) (this|it|that)?', 'you will pay',
    '(gonna|going to) pay for (this|that)', '(see|meet|catch) (you|u|ya|him|her) (outside|after|in the parking|at closing)',
    'ill be waiting (outside|for)', 'waiting (for|outside) ~ (after|at closing|when) ', '(be|wait) outside (your|ur|the) (house|home|store|shop|office)',
    '(it|itd|would) (would|be)? be a shame if', 'shame if something (happened|happens)', 'something (bad )?(might|could|will|is going to|gonna) happen to',
    'accidents happen', 'enjoy (it|your|ur) ~ while (it|you|u) (lasts|can)', '(your|ur) days are numbered', 'last warning', '(youve|you have|youre|consider yourself) (been )?warned',
    'dont walk home alone', '(someone|somebody|people) (is|are)? (going to|gonna|will)? (get|getting) hurt', 'this (wont|will not) end well for',
    '(burn|torch|blow up|bomb) ~ (down|store|shop|office|building|place|house)', 'bring (a|my) (gun|knife|bat|crowbar)', 'shoot (up|the place)',
    'pull up (on|to|at)', '(deserve|deserves) to (die|be shot|get hurt|suffer)', 'hope (you|u|he|she|they|yall|ur) (die|dies|rot|burn|suffer)', 'hope (you|u|he|she|they|yall) (get|gets) ~ (hit|killed|cancer|hurt|raped|run over)',
    'should be (shot|hanged|killed|beaten|lynched)', '(kill|shoot|hang|gas) (them all|all of them|every one of)', 'wipe them out', 'put a bullet in',
    '(im|were|i am) coming for (you|u|ya|yall|your)', 'coming to (your|ur) (house|home)', 'you (wont|will not) see it coming',
    'slash (your|ur|his|her) tyres', 'key (your|ur|his|her) car', 'break (your|ur|his|her) (legs|neck|face|windows)',
    // English, veiled: menace without a violent word. Only formulas with no everyday use: greetings to a family,
    // burning candles, cameras and insurance are innocent as often, and the corpus's minimal pairs teach those.
    '(might|could|would|tend to|tends to) (have|suffer|meet with) (an|a)? (unfortunate|nasty|terrible|sudden)? accidents?',
    '(people|folks) like (you|u) (tend to|usually|often) (end up|have|get)', '(people|folks) like (you|u) end up (hurt|in hospital|in a ditch|missing)', 'wrong (train|street|place|night|person) (one day|someday|sometime)',
    // Dutch
    `ik maak ${YOU} af`, `(ik|wij|we) (ga|gaan) ${YOU} ~ (afmaken|vermoorden|slaan|pakken|steken|neersteken|neerschieten|opwachten|vinden|kapotmaken|grijpen)`,
    'ik weet waar ~ (woont|woon|wonen|werkt|werk|werken|staat|parkeert|slaapt|uithangt|naar school)', 'we weten waar ~ (woont|wonen|werkt|werken)',
    'ik weet (hoe laat|wanneer|welke) ~ (sluit|sluiten|klaar|vrij|naar huis|dienst|auto|fiets|route|school)',
    '(wacht|wachten|wacht jij|wachten jullie) maar af', '(je|jij|jullie|u) (gaat|gaan) eraan', '(je|jij|jullie|u) (zal|zult|zullen) het (zien|merken|voelen)',
    'dat (ga|zal|gaan|zullen) (je|jij|jullie|u) (bezuren|berouwen|voelen)', '(pas|kijk) (maar|jij maar|jullie maar)? (op|uit)', 'let maar op',
    `ik kom ${YOU} (halen|opzoeken|zoeken|pakken)`, `(ik|we) (sta|staan|wacht|wachten) ${YOU} op te? (wachten)?`, `ik weet ${YOU} te vinden`,
    'zonde als er (iets )?(iets|wat) (gebeurt|zou gebeuren|gebeurd)', 'er (gaat|zal) ~ (gebeuren|gewond|klappen)', '(je|jouw|jullie) dagen zijn geteld',
    'laatste waarschuwing', '(moet|moeten) ~ (doodgeschoten|opgehangen|vermoord|vergast|afgemaakt|uitgeroeid|neergeschoten|opgeknoopt)',
    'verdien* de (dood|kogel|strop)', 'tegen de muur', 'kop eraf', `ik steek ${YOU}`, 'in de fik (steken|zetten)', '(steek|steken|zet|zetten) ~ in de fik',
    `ik sla ${YOU}`, 'in elkaar (slaan|trappen|rammen|meppen)', 'ik heb een (mes|pistool|wapen|vuurwapen)', 'kogel door', 'ik ram',
    '(banden|ruiten) ~ (lek|ingooien|kapot)', 'ik (grijp|pak) (je|jou|hem|haar|jullie)', 'dan gebeurt er (wat|iets|een ongeluk)',
    '(sta|staan) ~ (bij|voor) (je|jou|jullie|hem|haar|uw) (op de stoep|deur|huis|voordeur)', 'er (gaat|gaan) ~ (doden|gewonden|klappen) vallen',
  ],
  doxxing: [
    '(his|her|their|your|ur) (home )?(address|phone number|number|plate|license plate|licence plate)', 'lives (at|on) #', '(lives|living) (at|on) ~ (street|road|avenue|lane|drive|straat)',
    '(her|his|your|ur) (kids|children|daughter|son|wife|husband|mother|mom|mum) ~ (school|go to|goes to|works at)',
    "(here is|heres|this is) (her|his|their) (address|number|home)", '(drives|drive) a ~ (plate|reg)',
    '(zijn|haar|hun|je|jouw|uw) (adres|huisadres|telefoonnummer|nummer|06|kenteken)', '(adres|huisadres|telefoonnummer|kenteken) van (hem|haar|die|dat|de)',
    '(woont|wonen) (op|aan) ~ #', '(zijn|haar|je|jouw) (kinderen|dochter|zoon|vrouw|man|moeder) ~ (school|zitten op|zit op|werkt bij)',
    // Watching a person: where they are, when, seen from where (stalking names a person's whereabouts as doxxing does)
    '(metres|meters|steps|seats|rows) behind (you|u|her|him)', '(you|u|she|he) (always|usually|every) ~ (leave|leaves|park|parks|walk|walks) ~ (at|around|by) #',
    'from the (bus stop|end of your street|end of her street|end of his street)', '(your|ur|her|his) (curtains|bedroom window)', '(youre|you are|ur) (at|on) (this|that|the same) ~ again today',
    '(jij|je|jullie) (zit|zitten|slaapt|slapen|logeert|logeren|verblijft) deze week ~ (in|op|bij)', '(je|jouw|haar|zijn) (gordijnen|slaapkamerraam)', 'vanaf de bushalte',
  ],
  sexual: [
    'send (me|us)? (nudes|pics|pictures|feet|feet pics|a pic|naughty)', '(nice|great|sexy|hot|perfect|juicy|fine) (legs|ass|butt|tits|boobs|body|rack|lips|thighs|booty)',
    'bend over', '(those|her|your|ur|them) (legs|ass|butt|tits|boobs|rack|lips|thighs|booty)', '(would|wud|id) (smash|tap|bang|hit|do|ruin) (her|him|that|you|u)',
    '(sit|ride) on my (face|lap|dick)', '(dm|inbox|text) me (babe|baby|sexy|hottie|gorgeous)', '(wanna|want to) (hook up|smash|have some fun|come over)',
    'what (are|r) (you|u) wearing', 'in (that|her|your) (uniform|skirt|leggings)', 'shes so (hot|sexy|fine|fit)', 'take it off',
    '(lekker|geil|heet) (ding|wijf|stuk|kontje|mokkel|wijfje|stukje)', '(mooie|lekkere|geile|strakke) (tieten|kont|benen|lippen|borsten|billen)',
    'stuur (me|mij)? ~ (naaktfoto*|nudes|fotos|foto|plaatje)', '(die|haar|je|jouw|dr) (tieten|kont|benen|borsten|lippen|billen)',
    'zou ik (wel )?(pakken|nemen|doen|willen)', 'wat heb (je|jij) aan', 'bukken', 'geil*',
  ],
  selfHarm: [
    'kys', 'kill (yourself|urself|yourselves|yoself)', 'go (die|jump|hang)', 'jump off a', 'drink bleach', '(neck|hang|end|unalive) (yourself|urself)',
    'nobody would miss (you|u)', 'do (everyone|us all|the world) a favou?r and', 'doe jezelf (wat|iets) aan', 'spring (maar )?(voor de trein|van een brug|van het dak|voor een trein)',
    'hang jezelf', 'ga (je )?(ophangen|dood)', 'maak (er )?een eind aan', 'niemand (zou|gaat) (je|jou) missen',
    'go play (in|on) (traffic|the motorway|the highway|the tracks)', '(slit|slits|slitting) (your|ur|his|her|their) (wrists|throat)', '(hope|hopes) (you|u|he|she|they) (slit|slits|hang|hangs|kill|kills|off) (yourself|himself|herself|themselves|urself)',
    'step in front of a (bus|train|truck)', '(world|everyone) (would be|is) better (off )?without (you|u|him|her)', 'ga (maar )?(spelen )?op de (snelweg|rails)',
    '(de wereld|iedereen) is beter af zonder (jou|je|hem|haar)', '(spring|springen) (maar )?van (een|de) (flat|brug)',
  ],
  pileOn: [
    'everyone (go|should|report|tell|flood|spam|dm|message|mass)', 'lets (all )?(go|report|flood|spam|dm|mass report|find)', 'go (tell|show) (her|him|them) what',
    'flood (her|his|their|the) (dms|inbox|mentions|page)', 'mass report', 'iedereen (haar|hem|ze|die) ~ (spammen|dm|dmen|berichten|melden|laten weten|opzoeken)',
    'laten we (haar|hem|ze) ~ (spammen|melden|opzoeken)',
  ],
  /** Telling a group it does not belong: with a group named, a group attack even without a hostile word. */
  exclusion: [
    'het land uit', 'horen hier niet', 'hoort hier niet', 'niet welkom', 'terug naar (hun|je|jullie|uw|jouw) (eigen )?(land|woestijn|hok)', '(rot|rotten|rotte) op', 'oprotten',
    'go back to (your|their|ur) (own )?(country|desert|cave|shithole)', 'dont belong here', 'not welcome here', 'send them (all )?back', 'breed like (rats|rabbits)',
    'those people', 'die mensen', 'dat soort (mensen|volk|tuig)', 'zulk volk', 'fokken als konijnen',
  ],
  /** Another commenter named without a @mention ("the guy above"): an insult next to it is aimed at a person. */
  commenterRef: [
    '(the|that|this) (guy|girl|person|dude|lady|man|woman|one|idiot|clown) (above|below|up there|who commented|who posted)', 'op (above|here)',
    '(die|deze|de) (gast|vent|man|vrouw|meid|gozer|persoon|kerel|mafkees|sukkel|idioot) (hierboven|daarboven|hieronder|die reageerde)', 'hierboven', 'reply guy',
  ],
  /** Everyday violent-sounding idioms: a threat span inside one does not count. */
  idiom: [
    'would (it|that) kill (you|u|ya|yall|them) to', '(it|that) (wont|wouldnt|didnt|doesnt) kill (you|u|ya)', 'kill me (now)?', '(is|are|its|was) killing me',
    '(killing|killed|kill|kills|smashed|smashing|nailed|crushed|crushing) it', 'kill (time|the vibe|the mood|an hour)', 'dressed to kill', 'to die for',
    '(im|i am|literally) (dying|dead|deceased)', 'dying (of|from|laughing)', 'shoot (me|us) (a|an) (dm|message|email|line)', 'photo shoot', 'shoot (a|the) (video|photo)',
    'ik ga dood (van|aan) (het lachen|de honger|de dorst|de kou|de hitte)', 'dood ~ van het lachen', 'ik lig (dubbel|dood)', 'ik ga (er )?dood van',
  ],
} as const;
