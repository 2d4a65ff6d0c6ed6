/**
 * The `large` seed: 100,000 people and licensed groups of up to 60,000 members, processed. Built
 * for speed: no per-user audit records (the group-level Set/Start/Finish records are kept).
 */
import { createUser } from '../graph/directory-users';
import type { TenantStore } from '../graph/store';
import { addMember, assignGroupLicenses, createGroup } from '../graph/directory-groups';
import { drain } from './default-licensing';
import { addAdmins, adminActor, DAY, newStore, onlyPlans, person, SEED_NOW, subscribe } from './kit';
import { random } from './prng';

const PEOPLE = 100_000;

/** Builds the large tenant, processed, with its clock at 2026-11-01T09:00:00Z. */
export function largeSeed(): TenantStore {
  const store = newStore('large', SEED_NOW - 2 * DAY);
  store.auditEnabled = false;
  store.perUserAudit = false;
  addAdmins(store);
  const e3 = subscribe(store, 'ENTERPRISEPACK', 70_000);
  const e5 = subscribe(store, 'ENTERPRISEPREMIUM', 6_000);
  const ems = subscribe(store, 'EMS', 50_000);
  const audio = subscribe(store, 'MCOMEETADV', 2_500);
  const p1 = subscribe(store, 'AAD_PREMIUM', 20_000);
  subscribe(store, 'POWER_BI_STANDARD', 1_000_000);
  const rng = random(100_000);
  const taken = new Set<string>();
  const app = { kind: 'app' } as const;
  const people: string[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const p = person(rng, i, taken);
    people.push(createUser(store, { ...p, extensionAttributes: { extensionAttribute1: i % 5 < 2 ? 'EMS;' : null } }, app));
  }
  const ga = adminActor(store);
  const group = (displayName: string, mailNickname: string, members: readonly string[], rule?: string) => {
    const compiled = rule === undefined ? null : store.compileRule(rule);
    if (compiled && !compiled.ok) throw new Error(`Seed rule does not compile: ${rule ?? ''}`);
    const id = createGroup(store, {
      displayName, mailNickname, mailEnabled: false, securityEnabled: true,
      groupTypes: compiled ? ['DynamicMembership'] : [],
      ...(compiled?.ok ? { membershipRule: { text: rule ?? '', rule: compiled.rule } } : {}),
    }, ga);
    for (const member of members) addMember(store, id, member, ga);
    return id;
  };
  const base = group('E3 base services', 'E3baseservices', people.slice(0, 60_000));
  const extended = group('E3 extended services', 'E3extendedservices', people.slice(40_000, 60_000));
  const exchange = group('O365 E5 - Exchange only', 'O365E5Exchangeonly', people.slice(60_000, 65_000));
  const audioGroup = group('Audio Conferencing users', 'AudioConferencingusers', people.slice(0, 3_000));
  const emsGroup = group('EMS licensed users', 'EMSlicensedusers', [], 'user.extensionAttribute1 -contains "EMS"');
  const engineering = group('Engineering - Entra ID P1', 'EngineeringEntraP1', [], 'user.department -eq "Engineering"');
  store.clock.advance(DAY);
  store.auditEnabled = true;
  const assign = (groupId: string, skuId: string, disabledPlans: string[] = []) => {
    assignGroupLicenses(store, groupId, [{ skuId, disabledPlans }], [], ga);
    drain(store);
    store.clock.advance(3_600_000);
  };
  assign(base, e3, onlyPlans('ENTERPRISEPACK', ['EXCHANGE_S_ENTERPRISE', 'SHAREPOINTENTERPRISE', 'OFFICESUBSCRIPTION', 'MCOSTANDARD', 'TEAMS1']));
  assign(extended, e3, onlyPlans('ENTERPRISEPACK', ['SHAREPOINTENTERPRISE', 'YAMMER_ENTERPRISE', 'STREAM_O365_E3', 'SWAY']));
  assign(exchange, e5, onlyPlans('ENTERPRISEPREMIUM', ['EXCHANGE_S_ENTERPRISE']));
  assign(emsGroup, ems);
  assign(engineering, p1);
  assignGroupLicenses(store, audioGroup, [{ skuId: audio, disabledPlans: [] }, { skuId: e3, disabledPlans: onlyPlans('ENTERPRISEPACK', ['MCOSTANDARD', 'TEAMS1']) }], [], ga);
  drain(store);
  store.perUserAudit = true;
  store.clock.advance(SEED_NOW - store.clock.now());
  return store;
}
