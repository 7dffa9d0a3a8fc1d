import { presentIn, type LegendCounts } from '../../domain/legendCounts';
import { STANCES } from '../../domain/stances';
import { CONTESTED_MARK, STANCE_INFO, UNQUOTED_COLOR, UNQUOTED_LABEL } from '../../domain/stances';
import { useAppStore } from '../../store/appStore';
import { LegendSection, plural } from './LegendSection';
import { LegendToggle } from './LegendToggle';
import { LineSwatch } from './LineSwatch';

/** Line style is how sure the text is; the yellow halo marks a relation the text reports as disputed. */
export function StanceLegend({ counts }: { counts: LegendCounts }) {
  const hiddenStances = useAppStore((s) => s.filters.hiddenStances);
  const contestedOnly = useAppStore((s) => s.filters.contestedOnly);
  const toggleStance = useAppStore((s) => s.toggleStance);
  const setContestedOnly = useAppStore((s) => s.setContestedOnly);
  const hideUnquoted = useAppStore((s) => s.filters.hideUnquoted);
  const setUnquotedHidden = useAppStore((s) => s.setUnquotedHidden);
  return (
    <LegendSection title="How sure">
      <ul className="legend-list" aria-label="Stances">
        {presentIn(STANCES, counts.stances).map((stance) => {
          const info = STANCE_INFO[stance];
          const count = counts.stances.get(stance) ?? 0;
          return (
            <li key={stance}>
              <LegendToggle
                pressed={!hiddenStances.includes(stance)}
                onToggle={() => toggleStance(stance)}
                swatch={<LineSwatch line={info.line} />}
                label={info.label}
                count={count}
                noun={plural(count, 'relation')}
                title={`${info.description} Drawn ${info.line}.`}
              />
            </li>
          );
        })}
        {counts.unquoted > 0 && (
          // Shown or hidden like a stance: pressed means drawn, as everywhere in the legend.
          <li>
            <LegendToggle
              pressed={!hideUnquoted}
              onToggle={() => setUnquotedHidden(!hideUnquoted)}
              swatch={<LineSwatch line="solid" color={UNQUOTED_COLOR} />}
              label={UNQUOTED_LABEL}
              count={counts.unquoted}
              noun={plural(counts.unquoted, 'relation')}
              title="Brought in without a quote: drawn grey with a hollow arrow until a quote from a source supports it."
            />
          </li>
        )}
      </ul>
      <label className="legend-contested" title="The text reports competing claims about these relations.">
        <input
          type="checkbox"
          checked={contestedOnly}
          onChange={(event) => setContestedOnly(event.target.checked)}
        />
        <span className="legend-swatch">
          <LineSwatch line="solid" contested />
        </span>
        <span className="legend-label">
          <span aria-hidden="true">{CONTESTED_MARK} </span>Contested only
        </span>
        <span className="legend-count">
          {counts.contested}
          <span className="visually-hidden"> {plural(counts.contested, 'relation')}</span>
        </span>
      </label>
    </LegendSection>
  );
}
