import { relationSentence } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../../domain/relationTypes';
import type { Relation } from '../../domain/schema';
import { ContestedMark } from './ContestedMark';
import { SelectButton } from './SelectButton';
import { Swatch } from './Swatch';

/** Relations as sentences, each a button that selects it. */
export function RelationButtonList({
  index,
  relations,
}: {
  index: GraphIndex;
  relations: readonly Relation[];
}) {
  return (
    <ul className="relation-buttons">
      {relations.map((rel) => (
        <li key={rel.id}>
          <Swatch color={RELATION_CATEGORIES[RELATION_TYPES[rel.type].category].color} shape="dot" />
          <SelectButton target={{ kind: 'relation', id: rel.id }}>
            {relationSentence(index, rel)}
            {rel.contested && <ContestedMark />}
          </SelectButton>
        </li>
      ))}
    </ul>
  );
}
