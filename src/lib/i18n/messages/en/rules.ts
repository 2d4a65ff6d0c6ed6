/** The dynamic membership rule blades: editor, diagnostics, impact preview, Validate rules, New dynamic group. */
export const rules = {
  'rules.validate.picked': 'Users to validate',
} as const;
