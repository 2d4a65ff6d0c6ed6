/**
 * The first blade (Licenses → Overview): its products' seats and the groups in error. Part of the
 * first load with the shell's words; the ids are the products and licensing ones the blade and
 * its seat meter use.
 */
export const overview = {
  'products.errors.title':
    '{count, plural, one {# group has members with license errors} other {# groups have members with license errors}}',
  'products.errors.body': 'Some users did not get their licenses. Open a group to see who and why.',
  'products.errors.link': 'View groups with license errors',
  'products.errors.list': 'Groups with license errors',
  'products.overview.title': 'Licenses',
  'products.overview.subtitle': 'Overview',
  'products.overview.intro':
    'Manage Microsoft Entra group-based licensing: see which products your organization owns, which groups and users hold them, and why each assignment succeeded or failed.',
  'products.overview.seats': 'Seats per product',
  'products.overview.tab.overview': 'Overview',
  'products.overview.tab.cost': 'Cost',
  'products.overview.tab.prices': 'Prices',
  'cost.subtitle': 'Cost',
  'cost.noPrices.body':
    'Enter what each product costs a month, in the table or from a CSV file, and the portal shows what your licenses cost and which seats are paid for but unused.',
  'cost.noPrices.link': 'Enter prices',
  'cost.monthly': 'Monthly spend',
  'cost.idle': 'Idle spend',
  'cost.inactive': 'Inactive users’ spend',
  'cost.unpriced':
    '{count, plural, one {# product has no price and is left out.} other {# products have no price and are left out.}}',
  'products.overview.all': 'See all products',
  'products.loading': 'Loading products',
  'products.loadFailed': 'Could not load products',
  'products.none': 'No products yet',
  'products.noneBody': 'Products appear here once the organization buys a subscription.',
  'products.meter.withExpiring': '{seats}, {expiring}',
  'licensing.seats.meter':
    '{assigned, number} of {total, number} assigned, {available, number} available',
  'licensing.seats.assigned': '{assigned, number} of {total, number} seats assigned',
  'licensing.seats.expiring': '{count, number} expiring soon',
  'licensing.seats.expiringOn': '{count, number} expiring on {date}',
} as const;
