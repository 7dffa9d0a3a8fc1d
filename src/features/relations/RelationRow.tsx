import { UNQUOTED_LABEL } from '../../domain/stances';
import type { KeyboardEvent } from 'react';
import { formatWhen, relationSentence } from '../../domain/format';
import type { GraphIndex } from '../../domain/graphIndex';
import { relationSourceNames } from '../../domain/relationOrder';
import { RELATION_CATEGORIES, RELATION_TYPES } from '../../domain/relationTypes';
import type { Relation } from '../../domain/schema';
import { CONTESTED_MARK, STANCE_INFO } from '../../domain/stances';
import { ArrowSwatch } from '../sidebar/ArrowSwatch';
import { LineSwatch } from '../sidebar/LineSwatch';

export interface RowState {
  selected: boolean;
  /** Part of the selected deal, or touching the selected actor. */
  related: boolean;
  /** Outside the focused neighbourhood: dimmed, as on the graph. */
  dimmed: boolean;
}

interface RelationRowProps extends RowState {
  rel: Relation;
  index: GraphIndex;
  rowProps: {
    'data-id': string;
    tabIndex: number;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onFocus: () => void;
    onClick: () => void;
  };
}

export function RelationRow({ rel, index, selected, related, dimmed, rowProps }: RelationRowProps) {
  const type = RELATION_TYPES[rel.type];
  const category = RELATION_CATEGORIES[type.category];
  const stance = STANCE_INFO[rel.stance];
  const deals = index.dealsOfRelation.get(rel.id) ?? [];
  const classes = ['relation-row', related && 'is-related', dimmed && 'is-dimmed'].filter(Boolean).join(' ');
  return (
    <tr {...rowProps} className={classes} aria-selected={selected}>
      <td className="col-relation">
        {rel.contested && (
          <span className="contested-mark" title={`Contested: ${rel.contested.summary}`}>
            <span aria-hidden="true">{CONTESTED_MARK}</span>
            <span className="visually-hidden">Contested: </span>
          </span>
        )}
        {relationSentence(index, rel)}
        {deals.length > 0 && (
          <span className="badge deal-mark" title={deals.map((d) => `Deal: ${d.label}`).join('\n')}>
            <span aria-hidden="true">⇄ </span>deal
          </span>
        )}
      </td>
      <td className="col-type" title={`${category.label}: ${type.description}`}>
        <ArrowSwatch arrow={type.arrow} color={category.color} width={24} height={14} />
        {type.label}
      </td>
      <td className="col-date">
        {rel.when ? (
          formatWhen(rel.when)
        ) : (
          <>
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">no date</span>
          </>
        )}
      </td>
      <td className="col-stance" title={stance.description}>
        <LineSwatch line={stance.line} width={22} />
        {stance.label}
      </td>
      <td className="col-sources">
        {rel.evidence.length === 0 ? (
          <span className="muted">{UNQUOTED_LABEL}</span>
        ) : (
          relationSourceNames(index, rel).join(' · ')
        )}
      </td>
    </tr>
  );
}
