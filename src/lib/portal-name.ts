/**
 * The portal's own name. It works with Microsoft Entra group-based licensing but is not a
 * Microsoft product, so it never names itself after one (top bar, page title, README).
 */
export const PORTAL_NAME = 'Seatwise';
