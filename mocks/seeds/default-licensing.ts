/**
 * The October 2026 licensing roll-out of the default tenant, step by step as an admin would do it,
 * each step processed before the next, so the audit log tells the story the product docs tell.
 */
import { catalog } from '../../src/engine';
import {
  addMember,
  assignGroupLicenses,
  createGroup,
  removeMember,
  reprocessGroup,
  updateGroup,
} from '../graph/directory-groups';
import { assignUserLicenses, updateUser } from '../graph/directory-users';
import type { Actor } from '../graph/model';
import type { TenantStore } from '../graph/store';
import { drainInSteps } from './build';
import { adminActor, ADMIN_UPNS, DAY, E3_BASE_PLANS, onlyPlans } from './kit';
import { random } from './prng';

const sku = (part: string): string => catalog.productByPartNumber(part)?.skuId ?? part;

function rule(store: TenantStore, text: string) {
  const compiled = store.compileRule(text);
  if (!compiled.ok)
    throw new Error(
      `Seed rule does not compile: ${text}: ${compiled.diagnostics.map((d) => d.message).join('; ')}`,
    );
  return { text, rule: compiled.rule };
}

function group(
  store: TenantStore,
  actor: Actor,
  displayName: string,
  mailNickname: string,
  options: {
    dynamic?: string;
    unified?: boolean;
    securityEnabled?: boolean;
    description?: string;
  } = {},
): string {
  return createGroup(
    store,
    {
      displayName,
      mailNickname,
      description: options.description ?? null,
      mailEnabled: options.unified ?? false,
      securityEnabled: options.securityEnabled ?? true,
      groupTypes: [
        ...(options.unified ? ['Unified'] : []),
        ...(options.dynamic ? ['DynamicMembership'] : []),
      ],
      ...(options.dynamic
        ? {
            membershipRule: rule(store, options.dynamic),
            membershipRuleProcessingState: 'On' as const,
          }
        : {}),
    },
    actor,
  );
}

/**
 * Adds the groups, memberships, licences and direct assignments, one admin action at a time from
 * `from`; yields between processing steps (see `SeedBuild`).
 */
export function* rollOutLicensing(
  store: TenantStore,
  people: readonly string[],
  from: number,
): Generator<void, void, void> {
  const rng = random(4242);
  const ga = adminActor(store);
  const licenseAdmin = store.actorOf(store.findUserId(ADMIN_UPNS['License Administrator']) ?? '');
  const groupsAdmin = store.actorOf(store.findUserId(ADMIN_UPNS['Groups Administrator']) ?? '');
  const dept = (id: string) => store.tenant.profile(id)?.department ?? '';
  const located = (id: string) => store.tenant.profile(id)?.usageLocation !== null;
  const step = (days: number) => {
    store.clock.advance(days * DAY + rng.int(6) * 3_600_000);
  };

  // Before the audit window: the base groups and their members, and an old direct E1 licence.
  const e3Base = group(store, ga, 'E3 base services', 'E3baseservices', {
    description: 'Office 365 E3: Exchange, SharePoint, Office apps and Skype for Business',
  });
  const e3Extended = group(store, ga, 'E3 extended services', 'E3extendedservices', {
    description: 'Office 365 E3: SharePoint, Viva Engage, Stream and Sway',
  });
  const baseMembers = people.filter(
    (_, i) => (i % 20 !== 7 && i % 2 === 0) || i >= people.length - 2,
  );
  for (const id of baseMembers) addMember(store, e3Base, id, ga);
  for (const id of people.filter(
    (id, i) => ['Sales', 'Marketing'].includes(dept(id)) && i % 3 !== 0,
  ))
    addMember(store, e3Extended, id, ga);
  const e1Direct = baseMembers.find((candidate, i) => i > 40 && located(candidate)) ?? '';
  assignUserLicenses(
    store,
    e1Direct,
    [{ skuId: sku('STANDARDPACK'), disabledPlans: [] }],
    [],
    licenseAdmin,
  );
  store.clock.advance(from - store.clock.now());
  store.auditEnabled = true;

  // Day 1: licences on the E3 groups: 4 + 4 plans with SharePoint in both, so a member of both has
  // the documentation's 7 plans of E3 on one licence (E3 has 36 plans today, not the docs' 12).
  assignGroupLicenses(
    store,
    e3Base,
    [{ skuId: sku('ENTERPRISEPACK'), disabledPlans: onlyPlans('ENTERPRISEPACK', E3_BASE_PLANS) }],
    [],
    licenseAdmin,
  );
  yield* drainInSteps(store);
  step(0.1);
  assignGroupLicenses(
    store,
    e3Extended,
    [
      {
        skuId: sku('ENTERPRISEPACK'),
        disabledPlans: onlyPlans('ENTERPRISEPACK', [
          'SHAREPOINTENTERPRISE',
          'YAMMER_ENTERPRISE',
          'STREAM_O365_E3',
          'SWAY',
        ]),
      },
    ],
    [],
    licenseAdmin,
  );
  yield* drainInSteps(store);

  // Day 3: an Exchange-only E5 group for people outside E3 base.
  step(2);
  const e5Exchange = group(store, groupsAdmin, 'O365 E5 - Exchange only', 'O365E5Exchangeonly');
  for (const id of people.filter((_, i) => i % 2 === 1 && i % 9 === 0))
    addMember(store, e5Exchange, id, groupsAdmin);
  assignGroupLicenses(
    store,
    e5Exchange,
    [
      {
        skuId: sku('ENTERPRISEPREMIUM'),
        disabledPlans: onlyPlans('ENTERPRISEPREMIUM', ['EXCHANGE_S_ENTERPRISE']),
      },
    ],
    [],
    groupsAdmin,
  );
  yield* drainInSteps(store);

  // Day 6: dynamic groups driven by extensionAttribute1 ("EMS;E5_baseservices;").
  step(3);
  const ems = group(store, groupsAdmin, 'EMS licensed users', 'EMSlicensedusers', {
    dynamic: 'user.extensionAttribute1 -contains "EMS"',
  });
  assignGroupLicenses(store, ems, [{ skuId: sku('EMS'), disabledPlans: [] }], [], groupsAdmin);
  yield* drainInSteps(store);
  const e5Base = group(store, groupsAdmin, 'E5 base services', 'E5baseservices', {
    dynamic: 'user.extensionAttribute1 -contains "E5_baseservices"',
  });
  assignGroupLicenses(
    store,
    e5Base,
    [
      {
        skuId: sku('ENTERPRISEPREMIUM'),
        disabledPlans: onlyPlans('ENTERPRISEPREMIUM', [
          'EXCHANGE_S_ENTERPRISE',
          'SHAREPOINTENTERPRISE',
          'OFFICESUBSCRIPTION',
          'MCOSTANDARD',
          'TEAMS1',
          'MCOEV',
        ]),
      },
    ],
    [],
    groupsAdmin,
  );
  yield* drainInSteps(store);

  // Day 9: Entra ID P1 for Engineering, by department.
  step(3);
  const p1 = group(store, groupsAdmin, 'Engineering - Entra ID P1', 'EngineeringEntraP1', {
    dynamic: 'user.department -eq "Engineering"',
  });
  assignGroupLicenses(
    store,
    p1,
    [{ skuId: sku('AAD_PREMIUM'), disabledPlans: [] }],
    [],
    licenseAdmin,
  );
  yield* drainInSteps(store);

  // Day 10: Audio Conferencing for 55 people with 40 seats (CountViolation), prerequisite in the same group.
  step(1);
  const audio = group(store, groupsAdmin, 'Audio Conferencing users', 'AudioConferencingusers');
  for (const id of baseMembers.filter((id, i) => i % 10 === 5 && located(id)).slice(0, 55))
    addMember(store, audio, id, groupsAdmin);
  assignGroupLicenses(
    store,
    audio,
    [
      { skuId: sku('MCOMEETADV'), disabledPlans: [] },
      {
        skuId: sku('ENTERPRISEPACK'),
        disabledPlans: onlyPlans('ENTERPRISEPACK', ['MCOSTANDARD', 'TEAMS1']),
      },
    ],
    [],
    licenseAdmin,
  );
  yield* drainInSteps(store);

  // Day 12: kiosk workers on Office 365 E1; some are also in E3 base (MutuallyExclusiveViolation).
  step(2);
  const kiosk = group(store, groupsAdmin, 'Kiosk users', 'Kioskusers', {
    description: 'Frontline staff on Office 365 E1',
  });
  const kioskMembers = [
    ...people.filter((id, i) => i % 2 === 1 && dept(id) === 'Operations').slice(0, 50),
    ...baseMembers.filter((id) => dept(id) === 'Support').slice(0, 12),
  ];
  for (const id of kioskMembers) addMember(store, kiosk, id, groupsAdmin);
  assignGroupLicenses(
    store,
    kiosk,
    [{ skuId: sku('STANDARDPACK'), disabledPlans: [] }],
    [],
    licenseAdmin,
  );
  yield* drainInSteps(store);

  // Day 14: Microsoft 365 E3 for IT, and a Microsoft 365 group that is not security-enabled.
  step(2);
  const m365 = group(store, groupsAdmin, 'Microsoft 365 E3 - IT', 'M365E3IT');
  for (const id of people.filter((id) => dept(id) === 'IT').slice(0, 180))
    addMember(store, m365, id, groupsAdmin);
  assignGroupLicenses(store, m365, [{ skuId: sku('SPE_E3'), disabledPlans: [] }], [], licenseAdmin);
  yield* drainInSteps(store);
  const marketing = group(store, groupsAdmin, 'Marketing Team', 'marketingteam', {
    unified: true,
    securityEnabled: false,
    description: 'Marketing department collaboration',
  });
  for (const id of people.filter((id) => dept(id) === 'Marketing').slice(0, 40))
    addMember(store, marketing, id, groupsAdmin);

  // Day 16: direct assignments: Yammer only on top of inherited E3, E5 for executives, Visio.
  step(2);
  const yammerUser =
    baseMembers.find((id, i) => i > 10 && located(id) && dept(id) === 'Marketing') ??
    baseMembers[0] ??
    '';
  assignUserLicenses(
    store,
    yammerUser,
    [
      {
        skuId: sku('ENTERPRISEPACK'),
        disabledPlans: onlyPlans('ENTERPRISEPACK', ['YAMMER_ENTERPRISE']),
      },
    ],
    [],
    licenseAdmin,
  );
  const holdsE1 = (id: string) =>
    (store.tenant.license(id)?.licenseAssignmentStates ?? []).some(
      (s) => s.skuId === sku('STANDARDPACK'),
    );
  for (const id of people
    .filter((id, i) => i % 2 === 1 && i % 9 !== 0 && located(id) && !holdsE1(id))
    .slice(0, 3)) {
    assignUserLicenses(
      store,
      id,
      [{ skuId: sku('ENTERPRISEPREMIUM'), disabledPlans: [] }],
      [],
      licenseAdmin,
    );
  }
  for (const id of people
    .filter((id) => dept(id) === 'Engineering' && located(id) && !holdsE1(id))
    .slice(0, 12)) {
    assignUserLicenses(
      store,
      id,
      [{ skuId: sku('VISIOCLIENT'), disabledPlans: [] }],
      [],
      licenseAdmin,
    );
  }

  // Day 19: Power BI for Finance, with a nested group whose members get nothing from it.
  step(3);
  const leadership = group(store, groupsAdmin, 'Finance leadership', 'financeleadership');
  const finance = people.filter((id) => dept(id) === 'Finance');
  for (const id of finance.slice(0, 6)) addMember(store, leadership, id, groupsAdmin);
  const powerBi = group(store, groupsAdmin, 'Finance - Power BI', 'FinancePowerBI');
  for (const id of finance.slice(6, 120)) addMember(store, powerBi, id, groupsAdmin);
  addMember(store, powerBi, leadership, groupsAdmin);
  assignGroupLicenses(
    store,
    powerBi,
    [{ skuId: sku('POWER_BI_STANDARD'), disabledPlans: [] }],
    [],
    licenseAdmin,
  );
  yield* drainInSteps(store);

  // Day 24: a user fixes their location, a leaver, a rule tightened, and a reprocess that changes nothing.
  step(5);
  const noLocation = people.find((id) => !located(id));
  if (noLocation) updateUser(store, noLocation, { usageLocation: 'GB' }, ga);
  const leaver = baseMembers[100];
  if (leaver !== undefined) {
    removeMember(store, e3Base, leaver, groupsAdmin);
    yield* drainInSteps(store);
  }
  step(2);
  updateGroup(
    store,
    ems,
    {
      membershipRule: rule(
        store,
        '(user.extensionAttribute1 -contains "EMS") -and (user.accountEnabled -eq true)',
      ),
    },
    groupsAdmin,
  );
  yield* drainInSteps(store);
  step(1);
  reprocessGroup(store, audio, licenseAdmin);
  yield* drainInSteps(store);
}
