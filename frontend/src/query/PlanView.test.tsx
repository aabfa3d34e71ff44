import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlanView } from './PlanView';
import type { ExplainResult } from './api';

const analyzed: ExplainResult = {
  transactionStatus: 'idle',
  durationMs: 5,
  text: 'Hash Join ...',
  plan: [
    {
      'Execution Time': 100,
      'Planning Time': 1,
      Plan: {
        'Node Type': 'Hash Join',
        'Plan Rows': 10,
        'Actual Rows': 5000,
        'Actual Loops': 1,
        'Actual Total Time': 100,
        Plans: [
          {
            'Node Type': 'Seq Scan',
            'Relation Name': 'orders',
            'Plan Rows': 1000,
            'Actual Rows': 1000,
            'Actual Loops': 1,
            'Actual Total Time': 80,
          },
          {
            'Node Type': 'Hash',
            'Plan Rows': 50,
            'Actual Rows': 50,
            'Actual Loops': 1,
            'Actual Total Time': 5,
          },
        ],
      },
    },
  ],
};

describe('PlanView', () => {
  it('shows each node with estimated and actual rows, its own share of the time, and marks the costliest', () => {
    render(<PlanView explain={analyzed} />);

    const nodes = screen.getAllByTestId('plan-node');
    expect(nodes).toHaveLength(3);
    expect(nodes[1].textContent).toContain('Seq Scan on orders');
    expect(nodes[1].textContent).toContain('80.0%');
    expect(nodes[1].className).toContain('plan-node--hot');
    expect(nodes[0].textContent).toContain('15.0%');
    expect(nodes[0].textContent).toContain('500× under-estimated');
    expect(nodes[2].className).not.toContain('plan-node--hot');
    expect(screen.getByTestId('plan-text').textContent).toBe('Hash Join ...');
  });
});
