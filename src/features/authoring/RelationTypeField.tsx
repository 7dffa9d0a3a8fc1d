import {
  RELATION_CATEGORIES,
  RELATION_CATEGORY_IDS,
  RELATION_TYPES,
  relationTypesIn,
  type RelationType,
} from '../../domain/relationTypes';
import { Field } from './Field';

/** "Sanctions — Economic or political restrictive measures (from the side imposing them to the side targeted)". */
function optionText(type: RelationType): string {
  const info = RELATION_TYPES[type];
  return `${info.label} — ${info.description.replace(/\.$/, '')} (${info.direction})`;
}

interface RelationTypeFieldProps {
  value: RelationType | '';
  onChange: (type: RelationType | '') => void;
  error: string | undefined;
}

/** The relation-type registry as a native select (role combobox), grouped by category. */
export function RelationTypeField({ value, onChange, error }: RelationTypeFieldProps) {
  const hint = value
    ? `${RELATION_TYPES[value].description} The arrow points ${RELATION_TYPES[value].direction}.`
    : 'What kind of relation the quote shows; each type says which way its arrow points.';
  return (
    <Field label="Type" hint={hint} error={error}>
      {(control) => (
        <select
          {...control}
          aria-required
          value={value}
          onChange={(e) => onChange(e.target.value as RelationType | '')}
        >
          <option value="">Choose a type…</option>
          {RELATION_CATEGORY_IDS.map((category) => (
            <optgroup key={category} label={RELATION_CATEGORIES[category].label}>
              {relationTypesIn(category).map((type) => (
                <option key={type} value={type}>
                  {optionText(type)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
