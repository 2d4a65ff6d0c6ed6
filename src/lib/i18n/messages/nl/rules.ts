/** De blades voor dynamische lidmaatschapsregels. */
import type { rules as en } from '../en/rules';

export const rules: Record<keyof typeof en, string> = {
  'rules.validate.picked': 'Te valideren gebruikers',
  'rules.validate.title': 'Regels valideren',
  'rules.validate.choose':
    'Kies maximaal {max, number} gebruikers om te controleren of de regel ze lid maakt, en waarom.',
  'rules.validate.full': 'U kunt maximaal {max, number} gebruikers tegelijk valideren.',
  'rules.validate.run': 'Valideren',
  'rules.validate.fixFirst': 'Los de problemen in de regel op om deze te valideren.',
  'rules.validate.failed': 'Kan de regel niet valideren',
  'rules.validate.results': 'Validatieresultaten',
  'rules.validate.member': 'Lid',
  'rules.validate.notMember': 'Geen lid',
  'rules.validate.outcome': '{name}: {outcome}',
  'rules.validate.resultsFor': 'Regelresultaten voor {name}',
  'rules.tree.true': 'Waar: {expression}',
  'rules.tree.false': 'Onwaar: {expression}',
  'rules.tree.value': '({property} is "{value}")',
  'rules.tree.empty': '({property} is leeg)',
  'rules.panel.assignedTitle': 'Toegewezen lidmaatschap',
  'rules.panel.assignedBody':
    'De leden van deze groep worden handmatig toegevoegd en verwijderd; de groep heeft geen lidmaatschapsregel.',
  'rules.panel.commands': 'Opdrachten voor de lidmaatschapsregel',
  'rules.panel.save': 'Opslaan',
  'rules.panel.discard': 'Negeren',
  'rules.panel.preview': 'Gevolgen bekijken',
  'rules.panel.pause': 'Verwerking onderbreken',
  'rules.panel.resume': 'Verwerking hervatten',
  'rules.panel.processing': 'Verwerking van lidmaatschap:',
  'rules.panel.paused': 'Onderbroken',
  'rules.panel.on': 'Aan',
  'rules.panel.unsaved': 'Niet-opgeslagen wijzigingen',
  'rules.panel.syntax': 'Regelsyntaxis',
  'rules.panel.previewFailed': 'Kan de gevolgen van de regel niet bekijken',
  'rules.panel.confirmTitle': 'Lidmaatschapsregel opslaan?',
  'rules.panel.losing':
    '{count, plural, one {# gebruiker verliest licenties wanneer {group} de nieuwe regel toepast.} other {# gebruikers verliezen licenties wanneer {group} de nieuwe regel toepast.}}',
  'rules.panel.resumed': 'Verwerking hervat',
  'rules.panel.pausedToast': 'Verwerking onderbroken',
  'rules.panel.resumedBody': '{group}: verwerking van lidmaatschap staat aan.',
  'rules.panel.pausedBody': '{group}: verwerking van lidmaatschap is onderbroken.',
  'rules.panel.resumeFailed': 'Kan de verwerking niet hervatten',
  'rules.panel.pauseFailed': 'Kan de verwerking niet onderbreken',
  'rules.save.saved': 'Lidmaatschapsregel opgeslagen',
  'rules.save.savedBody': '{group} werkt de leden binnenkort bij.',
  'rules.save.failed': 'Kan de lidmaatschapsregel niet opslaan',
  'rules.create.button': 'Nieuwe dynamische groep',
  'rules.create.title': 'Nieuwe dynamische groep',
  'rules.create.submit': 'Maken',
  'rules.create.name': 'Groepsnaam',
  'rules.create.nickname': 'E-mailalias',
  'rules.create.nicknameHint': 'Letters, cijfers, punten, streepjes en onderstrepingstekens.',
  'rules.create.rule': 'Dynamische lidmaatschapsregel',
  'rules.create.failed': 'Kan de groep niet maken',
  'rules.create.created': 'Groep gemaakt',
  'rules.create.createdBody': '{group} voegt de leden binnenkort toe.',
  'rules.editor.suggestions': 'Suggesties',
  'rules.editor.counter': '{length, number} / {max, number}',
  'rules.editor.counterLabel': '{length, number} van {max, number} tekens',
  'rules.editor.valid': 'De regel is geldig.',
  'rules.editor.emptyHint':
    'Schrijf een lidmaatschapsregel, bijvoorbeeld user.department -eq "Sales".',
  'rules.editor.problems': 'Problemen in de regel',
  'rules.detail.string': 'tekst',
  'rules.detail.boolean': 'waar/onwaar',
  'rules.detail.dateTime': 'datum/tijd',
  'rules.detail.extension': 'extensie',
  'rules.detail.stringCollection': 'tekstlijst',
  'rules.detail.objectCollection': 'verzameling',
  'rules.detail.comparison': 'vergelijking',
  'rules.detail.logical': 'logisch',
  'rules.detail.quantifier': 'kwantor',
  'rules.detail.arithmetic': 'rekenkundig',
  'rules.detail.value': 'waarde',
  'rules.detail.rule': 'regel',
  'rules.impact.title': 'Gevolgen',
  'rules.impact.join':
    '{count, plural, one {# gebruiker wordt lid} other {# gebruikers worden lid}}',
  'rules.impact.leave':
    '{count, plural, one {# gebruiker is geen lid meer} other {# gebruikers zijn geen lid meer}}',
  'rules.impact.lose':
    '{count, plural, one {# gebruiker verliest licenties} other {# gebruikers verliezen licenties}}',
  'rules.impact.errors':
    '{count, plural, one {# nieuwe licentiefout} other {# nieuwe licentiefouten}}',
  'rules.impact.intoError':
    '{count, plural, one {# licentietoewijzing zou een fout krijgen.} other {# licentietoewijzingen zouden een fout krijgen.}}',
  'rules.impact.seats': '{product}: {delta, number, ::+!} licenties',
  'rules.impact.seatChanges': 'Wijzigingen in licenties',
  'rules.impact.noSeats': 'Geen wijzigingen in licenties.',
  'rules.impact.nobody': 'Niemand wordt lid of verlaat de groep; er veranderen geen licenties.',
  'rules.impact.users': 'Betrokken gebruikers',
  'rules.impact.col.user': 'Gebruiker',
  'rules.impact.col.membership': 'Lidmaatschap',
  'rules.impact.col.gained': 'Licenties erbij',
  'rules.impact.col.lost': 'Licenties kwijt',
  'rules.impact.col.plansLost': 'Serviceplannen kwijt',
  'rules.impact.col.errors': 'Nieuwe fouten',
  'rules.impact.joins': 'Wordt lid',
  'rules.impact.leaves': 'Verlaat de groep',
  'rules.impact.stays': 'Blijft',
  'rules.impact.showing': '{shown, number} van {all, number} gebruikers weergegeven.',
  'rules.diagnostic.where.end': '{message} (aan het einde, teken {start, number})',
  'rules.diagnostic.where.one': '{message} (teken {start, number})',
  'rules.diagnostic.where.range': '{message} (tekens {start, number}–{end, number})',
  'rules.diagnostic.token': '‘{text}’',
  'rules.diagnostic.endOfRule': 'het einde van de regel',
  'rules.diagnostic.array-not-allowed':
    'Een [lijst] mag alleen na -in of -notIn staan, niet na {operator}.',
  'rules.diagnostic.device-rule':
    'Apparaatregels worden niet ondersteund in een gebruikersgroep: {property}.',
  'rules.diagnostic.direct-reports-combined':
    'Een regel voor directe ondergeschikten kan niet met andere expressies worden gecombineerd: het moet de hele regel zijn.',
  'rules.diagnostic.empty-array':
    '{variant, select, groups {De lijst met groepen is leeg.} other {De lijst na {operator} is leeg.}}',
  'rules.diagnostic.empty-rule':
    'De regel is leeg: schrijf een voorwaarde zoals user.department -eq "Sales".',
  'rules.diagnostic.expected-comma': "Verwacht ',' of ']' in de lijst, gevonden: {found}.",
  'rules.diagnostic.expected-duration':
    'Verwacht een ISO 8601-duur zoals p1d of pt12h na {operator}, gevonden: {found}.',
  'rules.diagnostic.expected-expression':
    '{variant, select, endsAfter {De regel eindigt na ‘{after}’: er moet een voorwaarde zoals user.department -eq "Sales" volgen.} quantifier {Verwacht een voorwaarde zoals (_ -startsWith "x") na {operator}, gevonden: {found}.} other {Verwacht een voorwaarde zoals user.department -eq "Sales", gevonden: {found}.}}',
  'rules.diagnostic.expected-operator':
    '{variant, select, end {Verwacht een operator zoals -eq na ‘{property}’.} between {Verwacht een operator zoals -eq tussen ‘{property}’ en {found}.} other {Verwacht een vergelijkingsoperator zoals -eq na ‘{property}’, gevonden: {found}.}}',
  'rules.diagnostic.expected-value': 'Verwacht een waarde na {operator}, gevonden: {found}.',
  'rules.diagnostic.in-needs-array':
    '{variant, select, memberOf {-in vereist een lijst tussen vierkante haken: schrijf user.memberOf -any (group.objectId -in ["‹groeps-id›", ...]).} other {{operator} vereist een lijst tussen vierkante haken, bijvoorbeeld ["US","GB"].}}',
  'rules.diagnostic.incomplete-property':
    '‘{property}’ is onvolledig: na elke punt moet een eigenschapsnaam staan, bijvoorbeeld user.department.',
  'rules.diagnostic.internal': 'De regel kan niet worden gelezen.',
  'rules.diagnostic.invalid-date': '‘{value}’ is geen geldige datum/tijd.',
  'rules.diagnostic.invalid-direct-reports':
    'Schrijf een regel voor directe ondergeschikten als: Direct Reports for "‹object-id van de manager›".',
  'rules.diagnostic.invalid-group-id':
    '{variant, select, text {‘{value}’ is geen object-id van een groep (een GUID zoals 62e19b97-8b3d-4d4a-a106-4ce66896a863); vervang een tijdelijke aanduiding door de id van de groep.} other {Deze waarde is geen object-id van een groep (een GUID zoals 62e19b97-8b3d-4d4a-a106-4ce66896a863); vervang een tijdelijke aanduiding door de id van de groep.}}',
  'rules.diagnostic.invalid-object-id':
    '‘{value}’ is geen object-id van een gebruiker (een GUID zoals 62e19b97-8b3d-4d4a-a106-4ce66896a863).',
  'rules.diagnostic.invalid-regex':
    '"{pattern}" is geen geldige reguliere expressie ({reason}). Gebruik .* om elke tekst te laten overeenkomen, bijvoorbeeld ".*@domain.ext".',
  'rules.diagnostic.invalid-value':
    '‘{value}’ is geen getal en geen datum/tijd (datums schrijft u als 2020-06-10T18:13:20Z).',
  'rules.diagnostic.item-outside-collection':
    '{property} kan alleen binnen -any (...) of -all (...) op een eigenschap met meerdere waarden worden gebruikt.',
  'rules.diagnostic.member-of-combined':
    'Een memberOf-regel kan niet met andere expressies of operators worden gecombineerd: het moet de hele regel zijn.',
  'rules.diagnostic.member-of-syntax':
    '{variant, select, onlyAny {memberOf ondersteunt alleen -any} oneCondition {memberOf accepteert precies één voorwaarde} other {memberOf ondersteunt alleen -in}}: schrijf user.memberOf -any (group.objectId -in ["‹groeps-id›", ...]).',
  'rules.diagnostic.member-of-too-many-groups':
    'Een memberOf-regel kan naar maximaal {max, number} groepen verwijzen; deze noemt er {count, number}.',
  'rules.diagnostic.missing-logical-operator':
    'Verwacht -and of -or vóór {found}: voorwaarden moeten met een logische operator worden verbonden.',
  'rules.diagnostic.missing-object-prefix':
    'Eigenschap ‘{property}’ moet met het voorvoegsel user. worden geschreven: {suggestion}.',
  'rules.diagnostic.missing-space':
    'Zet een spatie tussen ‘{property}’ en de operator die erop volgt.',
  'rules.diagnostic.nested-array': 'Lijsten kunnen geen lijsten bevatten.',
  'rules.diagnostic.nested-quantifier': '{quantifier} kan niet binnen een andere -any/-all staan.',
  'rules.diagnostic.not-as-comparison':
    '-not is een logische operator en kan ‘{property}’ niet met een waarde vergelijken: gebruik -ne, -notContains, -notIn en dergelijke.',
  'rules.diagnostic.not-with-null':
    '-not kan niet worden gebruikt om met null te vergelijken: schrijf {property} -ne null.',
  'rules.diagnostic.null-needs-eq-ne':
    'null kan alleen met -eq of -ne worden vergeleken, niet met {operator}.',
  'rules.diagnostic.operator-not-supported':
    '{variant, select, collection {Operator {operator} wordt niet ondersteund voor kenmerk {attribute}: gebruik {property} -any (...).} other {Operator {operator} wordt niet ondersteund voor kenmerk {attribute}.}}',
  'rules.diagnostic.quantifier-needs-collection':
    '{quantifier} werkt alleen op eigenschappen met meerdere waarden (user.assignedPlans, user.proxyAddresses, user.otherMails); {property} heeft één waarde.',
  'rules.diagnostic.rule-too-long':
    'De regel is {length, number} tekens lang; het maximum is {max, number}.',
  'rules.diagnostic.too-deeply-nested':
    'De regel nest haakjes, -not of -any/-all meer dan {max, number} niveaus diep.',
  'rules.diagnostic.unbalanced-bracket':
    "De '[' bij teken {position, number} wordt nooit gesloten: voeg ']' toe.",
  'rules.diagnostic.unbalanced-parenthesis':
    "{variant, select, neverClosed {De '(' bij teken {position, number} wordt nooit gesloten: voeg ')' toe.} other {Onverwachte ')': er is geen '(' die deze sluit.}}",
  'rules.diagnostic.unexpected-character':
    "{variant, select, dollar {Onverwachte '$' bij teken {position, number}: alleen $null is toegestaan.} other {Onverwacht teken ‘{char}’ bij teken {position, number}.}}",
  'rules.diagnostic.unexpected-duration':
    'Een duur zoals {duration} is alleen geldig na system.now -plus of -minus.',
  'rules.diagnostic.unexpected-token':
    'Onverwacht: {found}; verwacht -and, -or of het einde van de regel.',
  'rules.diagnostic.unknown-attribute':
    '{variant, select, bare {Kenmerk wordt niet ondersteund: {property}. Eigenschappen schrijft u als user.‹naam›, bijvoorbeeld user.department.} other {Kenmerk wordt niet ondersteund: {property}.}}',
  'rules.diagnostic.unknown-object':
    'Onbekend object ‘{object}’ in {property}: gebruikersregels lezen user.‹eigenschap›.',
  'rules.diagnostic.unknown-operator':
    '{variant, select, lone {Een losse ‘{char}’ is geen operator: schrijf een operator zoals -eq of -and.} other {Onbekende operator {operator}. Operators zijn -eq, -ne, -startsWith, -notStartsWith, -endsWith, -notEndsWith, -contains, -notContains, -match, -notMatch, -in, -notIn, -le, -ge, -any, -all, -and, -or, -not.}}',
  'rules.diagnostic.unquoted-value':
    '{variant, select, property {{found} kan geen waarde zijn: twee eigenschappen vergelijken wordt niet ondersteund; gebruik een constante zoals "Sales".} other {Zet de tekst tussen dubbele aanhalingstekens: "{text}". Alleen getallen, true, false, null en datums mogen zonder aanhalingstekens.}}',
  'rules.diagnostic.unsafe-regex': `{variant, select, tooLong {De reguliere expressie is {length, number} tekens lang; maximaal {max, number} zijn toegestaan.} tooManyRepeats {"{pattern}" herhaalt te veel open delen (*, +, '{n,}') en kan te lang duren op lange waarden: houd er één, of veranker het patroon met ^ en houd er twee.} backreference {"{pattern}": terugverwijzingen (\\1, \\k‹naam›) worden niet ondersteund in -match-patronen.} lookaround {"{pattern}": lookarounds ((?=, (?!, (?<=, (?<!) worden niet ondersteund in -match-patronen.} nestedQuantifier {"{pattern}": een herhaalde groep bevat nog een kwantor (zoals in (a+)+): dit kan exponentieel lang duren.} other {"{pattern}": een herhaalde groep heeft alternatieven die geen gewone tekst met verschillende beginletters zijn (zoals in (a|a)* of (\\w|\\d)+): dit kan exponentieel lang duren.}}`,
  'rules.diagnostic.unterminated-string':
    'De tekst die begint met {quote} wordt nooit gesloten: voeg een afsluitende {closer} toe.',
  'rules.diagnostic.value-type-mismatch':
    '{attribute} is {expected, select, boolean {een booleaanse waarde} dateTime {een datum/tijd} extensionCompare {een extensie-eigenschap} extension {een extensie-eigenschap} other {tekst}}, dus {place, select, list {een waarde in een lijst na {operator}} other {de waarde na {operator}}} kan niet {valueKind, select, string {de tekst ‘{value}’} number {het getal {value}} dateTime {de datum {value}} now {system.now} array {een lijst} other {{value}}} zijn: {expected, select, boolean {schrijf true of false zonder aanhalingstekens} dateTime {schrijf een datum zoals 2020-06-10T18:13:20Z of system.now -plus p1d} extensionCompare {-le en -ge vergelijken getallen of datums} extension {schrijf tekst tussen dubbele aanhalingstekens, een getal, true of false} regex {schrijf de reguliere expressie tussen dubbele aanhalingstekens} other {schrijf de waarde tussen dubbele aanhalingstekens}}.',
  'rules.diagnostic.wrong-item-property':
    '{variant, select, assignedPlans {Gebruik binnen {collection} {quantifier} (...) assignedPlan.servicePlanId, assignedPlan.service of assignedPlan.capabilityStatus, niet {property}.} memberOf {Gebruik binnen {collection} {quantifier} (...) group.objectId, niet {property}.} other {Gebruik binnen {collection} {quantifier} (...) _, niet {property}.}}',
};
