/** Large label and amount pairs, read as one group by a screen reader. */
export function CustomerFacts({ label, facts }: { label: string; facts: [term: string, value: string][] }) {
  return (
    <div role="group" aria-label={label}>
      <dl className="customer-facts">
        {facts.map(([term, value]) => (
          <div className="customer-facts__row" key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
