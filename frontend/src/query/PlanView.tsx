import { useMemo, useState } from 'react';
import type { ExplainResult } from './api';
import { buildPlanGraph } from './plan/planGraph';
import { PlanList } from './plan/PlanList';
import { PlanPicture } from './plan/PlanPicture';
import './plan.css';

type Shape = 'picture' | 'list';
type Raw = 'text' | 'json';

/** A row of toggle tabs, one selected. */
function Segmented<T extends string>(props: {
  label: string;
  choices: [T, string][];
  value: T;
  onChange: (value: T) => void;
  testId: string;
}) {
  return (
    <div className="segmented" role="tablist" aria-label={props.label}>
      {props.choices.map(([value, label]) => (
        <button
          key={value}
          type="button"
          role="tab"
          aria-selected={props.value === value}
          onClick={() => props.onChange(value)}
          data-testid={`${props.testId}-${value}`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** EXPLAIN's answer: the plan as a picture (or a list) beside PostgreSQL's own text or JSON. */
export function PlanView({ explain }: { explain: ExplainResult }) {
  const [shape, setShape] = useState<Shape>('picture');
  const [raw, setRaw] = useState<Raw>('text');
  const root = explain.plan?.[0];
  const graph = useMemo(() => (root ? buildPlanGraph(root) : undefined), [root]);
  if (!graph) return null;
  return (
    <div className="plan" data-testid="plan">
      <div className="plan__main">
        <div className="plan__bar">
          <Segmented
            label="Plan shape"
            choices={[
              ['picture', 'Picture'],
              ['list', 'List'],
            ]}
            value={shape}
            onChange={setShape}
            testId="plan-shape"
          />
          <span className="plan__summary">
            {graph.analyzed ? 'EXPLAIN ANALYZE' : 'EXPLAIN'}
            {graph.planningTime !== undefined && ` · planning ${graph.planningTime} ms`}
            {graph.executionTime !== undefined && ` · execution ${graph.executionTime} ms`}
          </span>
        </div>
        {shape === 'picture' ? <PlanPicture graph={graph} /> : <PlanList graph={graph} />}
      </div>
      <div className="plan__raw">
        <Segmented
          label="Raw plan"
          choices={[
            ['text', 'Text'],
            ['json', 'JSON'],
          ]}
          value={raw}
          onChange={setRaw}
          testId="plan-raw"
        />
        <pre className="plan__pre" data-testid={`plan-${raw}`}>
          {raw === 'text' ? explain.text : JSON.stringify(explain.plan, null, 2)}
        </pre>
      </div>
    </div>
  );
}
