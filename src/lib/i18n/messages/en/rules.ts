/** The dynamic membership rule blades: editor, diagnostics, impact preview, Validate rules, New dynamic group. */
export const rules = {
  'rules.validate.picked': 'Users to validate',
  'rules.validate.title': 'Validate rules',
  'rules.validate.choose':
    'Choose up to {max, number} users to check whether the rule makes them members, and why.',
  'rules.validate.full': 'You can validate up to {max, number} users at a time.',
  'rules.validate.run': 'Validate',
  'rules.validate.fixFirst': "Fix the rule's problems to validate it.",
  'rules.validate.failed': 'Could not validate the rule',
  'rules.validate.results': 'Validation results',
  'rules.validate.member': 'Member',
  'rules.validate.notMember': 'Not a member',
  'rules.validate.outcome': '{name}: {outcome}',
  'rules.validate.resultsFor': 'Rule results for {name}',
  'rules.tree.true': 'True: {expression}',
  'rules.tree.false': 'False: {expression}',
  'rules.tree.value': '({property} is "{value}")',
  'rules.tree.empty': '({property} is empty)',
  'rules.panel.assignedTitle': 'Assigned membership',
  'rules.panel.assignedBody':
    "This group's members are added and removed by hand; it has no membership rule.",
  'rules.panel.commands': 'Membership rule commands',
  'rules.panel.save': 'Save',
  'rules.panel.discard': 'Discard',
  'rules.panel.preview': 'Preview impact',
  'rules.panel.pause': 'Pause processing',
  'rules.panel.resume': 'Resume processing',
  'rules.panel.processing': 'Membership processing:',
  'rules.panel.paused': 'Paused',
  'rules.panel.on': 'On',
  'rules.panel.unsaved': 'Unsaved changes',
  'rules.panel.syntax': 'Rule syntax',
  'rules.panel.previewFailed': 'Could not preview the rule',
  'rules.panel.confirmTitle': 'Save membership rule?',
  'rules.panel.losing':
    '{count, plural, one {# user will lose licenses when {group} applies the new rule.} other {# users will lose licenses when {group} applies the new rule.}}',
  'rules.panel.resumed': 'Processing resumed',
  'rules.panel.pausedToast': 'Processing paused',
  'rules.panel.resumedBody': '{group}: membership processing is on.',
  'rules.panel.pausedBody': '{group}: membership processing is paused.',
  'rules.panel.resumeFailed': 'Could not resume processing',
  'rules.panel.pauseFailed': 'Could not pause processing',
  'rules.save.saved': 'Membership rule saved',
  'rules.save.savedBody': '{group} will update its members shortly.',
  'rules.save.failed': 'Could not save the membership rule',
  'rules.create.button': 'New dynamic group',
  'rules.create.title': 'New dynamic group',
  'rules.create.submit': 'Create',
  'rules.create.name': 'Group name',
  'rules.create.nickname': 'Mail nickname',
  'rules.create.nicknameHint': 'Letters, digits, dots, dashes and underscores.',
  'rules.create.rule': 'Dynamic membership rule',
  'rules.create.failed': 'Could not create the group',
  'rules.create.created': 'Group created',
  'rules.create.createdBody': '{group} will add its members shortly.',
  'rules.editor.suggestions': 'Suggestions',
  'rules.editor.counter': '{length, number} / {max, number}',
  'rules.editor.counterLabel': '{length, number} of {max, number} characters',
  'rules.editor.valid': 'The rule is valid.',
  'rules.editor.emptyHint': 'Write a membership rule, for example user.department -eq "Sales".',
  'rules.editor.problems': 'Rule problems',
  'rules.detail.string': 'text',
  'rules.detail.boolean': 'true/false',
  'rules.detail.dateTime': 'date-time',
  'rules.detail.extension': 'extension',
  'rules.detail.stringCollection': 'text list',
  'rules.detail.objectCollection': 'collection',
  'rules.detail.comparison': 'comparison',
  'rules.detail.logical': 'logical',
  'rules.detail.quantifier': 'quantifier',
  'rules.detail.arithmetic': 'arithmetic',
  'rules.detail.value': 'value',
  'rules.detail.rule': 'rule',
  'rules.impact.title': 'Impact preview',
  'rules.impact.join': '{count, plural, one {# user joins} other {# users join}}',
  'rules.impact.leave': '{count, plural, one {# user leaves} other {# users leave}}',
  'rules.impact.lose': '{count, plural, one {# user loses licenses} other {# users lose licenses}}',
  'rules.impact.errors': '{count, plural, one {# new license error} other {# new license errors}}',
  'rules.impact.intoError':
    '{count, plural, one {# license assignment would go into error.} other {# license assignments would go into error.}}',
  'rules.impact.seats': '{product}: {delta, number, ::+!} seats',
  'rules.impact.seatChanges': 'Seat changes',
  'rules.impact.noSeats': 'No seat changes.',
  'rules.impact.nobody': 'Nobody joins or leaves; no licenses change.',
  'rules.impact.users': 'Users affected',
  'rules.impact.col.user': 'User',
  'rules.impact.col.membership': 'Membership',
  'rules.impact.col.gained': 'Licenses gained',
  'rules.impact.col.lost': 'Licenses lost',
  'rules.impact.col.plansLost': 'Service plans lost',
  'rules.impact.col.errors': 'New errors',
  'rules.impact.joins': 'Joins',
  'rules.impact.leaves': 'Leaves',
  'rules.impact.stays': 'Stays',
  'rules.impact.showing': 'Showing {shown, number} of {all, number} users.',
  'rules.diagnostic.where.end': '{message} (at the end, character {start, number})',
  'rules.diagnostic.where.one': '{message} (character {start, number})',
  'rules.diagnostic.where.range': '{message} (characters {start, number}–{end, number})',
  'rules.diagnostic.token': '“{text}”',
  'rules.diagnostic.endOfRule': 'the end of the rule',
  'rules.diagnostic.array-not-allowed': 'A [list] can only follow -in or -notIn, not {operator}.',
  'rules.diagnostic.device-rule': 'Device rules are not supported in a user group: {property}.',
  'rules.diagnostic.direct-reports-combined':
    "A Direct Reports rule can't be combined with other expressions: it must be the whole rule.",
  'rules.diagnostic.empty-array':
    '{variant, select, groups {The list of groups is empty.} other {The list after {operator} is empty.}}',
  'rules.diagnostic.empty-rule':
    'The rule is empty: write a condition such as user.department -eq "Sales".',
  'rules.diagnostic.expected-comma': "Expected ',' or ']' in the list, found {found}.",
  'rules.diagnostic.expected-duration':
    'Expected an ISO 8601 duration such as p1d or pt12h after {operator}, found {found}.',
  'rules.diagnostic.expected-expression':
    '{variant, select, endsAfter {The rule ends after “{after}”: a condition such as user.department -eq "Sales" must follow.} quantifier {Expected a condition such as (_ -startsWith "x") after {operator}, found {found}.} other {Expected a condition such as user.department -eq "Sales", found {found}.}}',
  'rules.diagnostic.expected-operator':
    '{variant, select, end {Expected an operator such as -eq after “{property}”.} between {Expected an operator such as -eq between “{property}” and {found}.} other {Expected a comparison operator such as -eq after “{property}”, found {found}.}}',
  'rules.diagnostic.expected-value': 'Expected a value after {operator}, found {found}.',
  'rules.diagnostic.in-needs-array':
    '{variant, select, memberOf {-in needs a list in square brackets: write user.memberOf -any (group.objectId -in ["‹group id›", ...]).} other {{operator} needs a list in square brackets, e.g. ["US","GB"].}}',
  'rules.diagnostic.incomplete-property':
    '“{property}” is incomplete: a property name must follow each dot, e.g. user.department.',
  'rules.diagnostic.internal': 'The rule could not be read.',
  'rules.diagnostic.invalid-date': '“{value}” is not a valid date-time.',
  'rules.diagnostic.invalid-direct-reports':
    'Write a Direct Reports rule as: Direct Reports for "‹object id of the manager›".',
  'rules.diagnostic.invalid-group-id':
    "{variant, select, text {“{value}” is not a group object id (GUID such as 62e19b97-8b3d-4d4a-a106-4ce66896a863); replace any placeholder with the group's id.} other {This value is not a group object id (GUID such as 62e19b97-8b3d-4d4a-a106-4ce66896a863); replace any placeholder with the group's id.}}",
  'rules.diagnostic.invalid-object-id':
    '“{value}” is not a user object id (GUID such as 62e19b97-8b3d-4d4a-a106-4ce66896a863).',
  'rules.diagnostic.invalid-regex':
    '"{pattern}" is not a valid regular expression ({reason}). To match any text use .*, e.g. ".*@domain.ext".',
  'rules.diagnostic.invalid-value':
    '“{value}” is not a number or a date-time (dates are written 2020-06-10T18:13:20Z).',
  'rules.diagnostic.item-outside-collection':
    '{property} can only be used inside -any (...) or -all (...) on a multi-valued property.',
  'rules.diagnostic.member-of-combined':
    "A memberOf rule can't be combined with other expressions or operators: it must be the whole rule.",
  'rules.diagnostic.member-of-syntax':
    '{variant, select, onlyAny {memberOf supports only -any} oneCondition {memberOf takes exactly one condition} other {memberOf supports only -in}}: write user.memberOf -any (group.objectId -in ["‹group id›", ...]).',
  'rules.diagnostic.member-of-too-many-groups':
    'A memberOf rule can reference at most {max, number} groups; this one lists {count, number}.',
  'rules.diagnostic.missing-logical-operator':
    'Expected -and or -or before {found}: conditions must be joined by a logical operator.',
  'rules.diagnostic.missing-object-prefix':
    'Property “{property}” must be written with the user. prefix: {suggestion}.',
  'rules.diagnostic.missing-space':
    'Put a space between “{property}” and the operator that follows it.',
  'rules.diagnostic.nested-array': "Lists can't contain lists.",
  'rules.diagnostic.nested-quantifier': "{quantifier} can't be used inside another -any/-all.",
  'rules.diagnostic.not-as-comparison':
    "-not is a logical operator and can't compare “{property}” with a value: use -ne, -notContains, -notIn and the like.",
  'rules.diagnostic.not-with-null':
    "-not can't be used to compare with null: write {property} -ne null.",
  'rules.diagnostic.null-needs-eq-ne': 'null can only be compared with -eq or -ne, not {operator}.',
  'rules.diagnostic.operator-not-supported':
    "{variant, select, collection {Operator {operator} isn't supported on attribute {attribute}: use {property} -any (...).} other {Operator {operator} isn't supported on attribute {attribute}.}}",
  'rules.diagnostic.quantifier-needs-collection':
    '{quantifier} only works on multi-valued properties (user.assignedPlans, user.proxyAddresses, user.otherMails); {property} has a single value.',
  'rules.diagnostic.rule-too-long':
    'The rule is {length, number} characters long; the maximum is {max, number}.',
  'rules.diagnostic.too-deeply-nested':
    'The rule nests parentheses, -not or -any/-all more than {max, number} levels deep.',
  'rules.diagnostic.unbalanced-bracket':
    "The '[' at character {position, number} is never closed: add ']'.",
  'rules.diagnostic.unbalanced-parenthesis':
    "{variant, select, neverClosed {The '(' at character {position, number} is never closed: add ')'.} other {Unexpected ')': there is no '(' for it to close.}}",
  'rules.diagnostic.unexpected-character':
    "{variant, select, dollar {Unexpected '$' at character {position, number}: only $null is accepted.} other {Unexpected character “{char}” at character {position, number}.}}",
  'rules.diagnostic.unexpected-duration':
    'A duration such as {duration} is only valid after system.now -plus or -minus.',
  'rules.diagnostic.unexpected-token':
    'Unexpected {found}: expected -and, -or or the end of the rule.',
  'rules.diagnostic.unknown-attribute':
    '{variant, select, bare {Attribute not supported: {property}. Properties are written as user.‹name›, e.g. user.department.} other {Attribute not supported: {property}.}}',
  'rules.diagnostic.unknown-object':
    'Unknown object “{object}” in {property}: user rules read user.‹property›.',
  'rules.diagnostic.unknown-operator':
    '{variant, select, lone {A lone “{char}” is not an operator: write an operator such as -eq or -and.} other {Unknown operator {operator}. Operators are -eq, -ne, -startsWith, -notStartsWith, -endsWith, -notEndsWith, -contains, -notContains, -match, -notMatch, -in, -notIn, -le, -ge, -any, -all, -and, -or, -not.}}',
  'rules.diagnostic.unquoted-value':
    '{variant, select, property {{found} can\'t be a value: comparing two properties isn\'t supported; use a constant such as "Sales".} other {Put the text in double quotes: "{text}". Only numbers, true, false, null and dates may be written without quotes.}}',
  'rules.diagnostic.unsafe-regex': `{variant, select, tooLong {The regular expression is {length, number} characters long; at most {max, number} are allowed.} tooManyRepeats {"{pattern}" repeats too many open-ended parts (*, +, '{n,}') and could take too long on long values: keep one, or anchor the pattern with ^ and keep two.} backreference {"{pattern}": backreferences (\\1, \\k‹name›) are not supported in -match patterns.} lookaround {"{pattern}": lookarounds ((?=, (?!, (?<=, (?<!) are not supported in -match patterns.} nestedQuantifier {"{pattern}": a repeated group contains another quantifier (as in (a+)+): this can take exponential time.} other {"{pattern}": a repeated group has alternatives that are not plain text starting with different characters (as in (a|a)* or (\\w|\\d)+): this can take exponential time.}}`,
  'rules.diagnostic.unterminated-string':
    'The text starting with {quote} is never closed: add a closing {closer}.',
  'rules.diagnostic.value-type-mismatch':
    "{attribute} is {expected, select, boolean {a boolean} dateTime {a date-time} extensionCompare {an extension property} extension {an extension property} other {text}}, so {place, select, list {a value in a list after {operator}} other {the value after {operator}}} can't be {valueKind, select, string {the text “{value}”} number {the number {value}} dateTime {the date {value}} now {system.now} array {a list} other {{value}}}: {expected, select, boolean {write true or false without quotes} dateTime {write a date such as 2020-06-10T18:13:20Z or system.now -plus p1d} extensionCompare {-le and -ge compare numbers or dates} extension {write text in double quotes, a number, true or false} regex {write the regular expression in double quotes} other {write the value in double quotes}}.",
  'rules.diagnostic.wrong-item-property':
    '{variant, select, assignedPlans {Inside {collection} {quantifier} (...) use assignedPlan.servicePlanId, assignedPlan.service or assignedPlan.capabilityStatus, not {property}.} memberOf {Inside {collection} {quantifier} (...) use group.objectId, not {property}.} other {Inside {collection} {quantifier} (...) use _, not {property}.}}',
} as const;
