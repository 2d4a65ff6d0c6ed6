/**
 * Operand types of `$filter` comparisons. OData types a bare GUID literal as `Edm.Guid` and a quoted
 * one as `Edm.String`; comparing either with a property of the other type is a 400 on Graph ("A
 * binary operator with incompatible types was detected ...") rather than an empty result.
 */
import { errorMessages, graphError } from '../errors';
import type { ComparisonOp, LiteralType } from './filter-parser';
import type { EdmType } from './model';

const OPERATOR_KIND: Readonly<Record<ComparisonOp | 'in', string>> = {
  eq: 'Equal',
  ne: 'NotEqual',
  gt: 'GreaterThan',
  ge: 'GreaterThanOrEqual',
  lt: 'LessThan',
  le: 'LessThanOrEqual',
  in: 'Equal',
};

/**
 * Throws Graph's 400 when a literal cannot be compared with a property of type `type`: a bare GUID
 * against a string property, or a quoted string (even one that spells a GUID) against a GUID property.
 */
export function checkOperand(
  type: EdmType | undefined,
  op: ComparisonOp | 'in',
  valueType: LiteralType,
): void {
  if (type === undefined || valueType === null) return;
  if (type === 'Edm.Guid' && valueType === 'Edm.String') {
    throw graphError.badRequest(
      errorMessages.incompatibleTypes('Edm.Guid', 'Edm.String', OPERATOR_KIND[op]),
    );
  }
  if (type === 'Edm.DateTimeOffset' && valueType !== 'Edm.DateTimeOffset') {
    throw graphError.badRequest(
      errorMessages.incompatibleTypes('Edm.DateTimeOffset', valueType, OPERATOR_KIND[op]),
    );
  }
  if (type !== 'Edm.Guid' && valueType === 'Edm.Guid') {
    throw graphError.badRequest(
      errorMessages.incompatibleTypes(type, 'Edm.Guid', OPERATOR_KIND[op]),
    );
  }
}

/** `startswith`/`endswith` take strings only: a bare GUID argument matches no signature. */
export function checkFunctionArgument(
  name: 'startswith' | 'endswith',
  type: EdmType | undefined,
  valueType: LiteralType,
): void {
  if (valueType === 'Edm.Guid' || type === 'Edm.Guid')
    throw graphError.badRequest(errorMessages.noFunctionSignature(name));
}
