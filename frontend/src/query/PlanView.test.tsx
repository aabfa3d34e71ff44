import { act, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { PlanView } from './PlanView';
import type { ExplainResult, PlanRoot } from './api';
import joinAnalyzed from './plan/fixtures/join-analyze-buffers.json';

const explain: ExplainResult = {
  transactionStatus: 'idle',
  durationMs: 5,
  text: 'Aggregate  (cost=620.31..620.33 rows=1 width=21) (actual time=119.330..125.884 rows=2000 loops=1)',
  plan: joinAnalyzed as PlanRoot[],
};

const boxes = () => screen.getAllByTestId('plan-node');

describe('PlanView', () => {
  it('draws a box per node with its operation and relation, the costliest and the misestimates marked', () => {
    render(<PlanView explain={explain} />);

    expect(boxes().map((b) => within(b).getByTestId('plan-node-op').textContent)).toEqual([
      'Aggregate (Sorted)',
      'Sort',
      'Nested Loop',
      'Seq Scan',
      'Index Scan',
    ]);
    expect(boxes()[3].textContent).toContain('on orders o');
    expect(boxes()[4].textContent).toContain('on customers c using customers_pkey');
    expect(screen.getAllByTestId('plan-costliest')).toHaveLength(1);
    expect(boxes()[1].textContent).toContain('costliest');
    expect(boxes()[1].textContent).toContain('46.8%');
    expect(boxes()[3].textContent).toContain('actual rows 50,000 · est 1');
    expect(within(boxes()[3]).getByTestId('plan-misestimate').textContent).toContain(
      '50000× under-estimated',
    );
    expect(within(boxes()[4]).queryByTestId('plan-misestimate')).toBeNull();
    expect(screen.getAllByTestId('plan-edge')).toHaveLength(4);
  });

  it('shows a node’s details on hover and on keyboard focus', () => {
    render(<PlanView explain={explain} />);
    expect(screen.queryByTestId('plan-details')).toBeNull();

    fireEvent.mouseEnter(boxes()[4]);
    const details = screen.getByRole('tooltip');
    expect(details.textContent).toContain('Loops50,000');
    expect(details.textContent).toContain('Shared buffershit 150,000 · read 0');
    expect(details.textContent).toContain('Index Cond(id = o.customer_id)');
    expect(boxes()[4].getAttribute('aria-describedby')).toBe(details.id);
    fireEvent.mouseLeave(boxes()[4]);
    expect(screen.queryByRole('tooltip')).toBeNull();

    act(() => boxes()[3].focus());
    expect(screen.getByRole('tooltip').textContent).toContain("Filter(status = 'shipped'::text)");
  });

  it('zooms with its buttons and the keyboard, and pans with the arrow keys', () => {
    render(<PlanView explain={explain} />);
    const layer = screen.getByTestId('plan-layer');
    const scale = () => Number(layer.dataset.scale);
    expect(screen.getByTestId('plan-zoom').textContent).toBe('100%');

    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(scale()).toBeCloseTo(1.25);
    expect(screen.getByTestId('plan-zoom').textContent).toBe('125%');
    fireEvent.keyDown(screen.getByTestId('plan-picture'), { key: '-' });
    expect(scale()).toBeCloseTo(1);

    const before = layer.style.transform;
    fireEvent.keyDown(boxes()[0], { key: 'ArrowRight' });
    expect(layer.style.transform).not.toBe(before);
  });

  it('keeps the list of nodes and the text and JSON plans one click away', () => {
    render(<PlanView explain={explain} />);
    expect(screen.getByTestId('plan-text').textContent).toContain('actual time=119.330');

    fireEvent.click(screen.getByTestId('plan-shape-list'));
    expect(screen.queryByTestId('plan-picture')).toBeNull();
    const items = screen.getAllByRole('treeitem');
    expect(items).toHaveLength(5);
    expect(items[1].className).toContain('plan-node--hot');
    expect(items[3].textContent).toContain('Seq Scan on orders');
    expect(items[3].textContent).toContain('50000× under-estimated');

    fireEvent.click(screen.getByTestId('plan-raw-json'));
    expect(JSON.parse(screen.getByTestId('plan-json').textContent!)).toEqual(joinAnalyzed);
  });

  it('has no serious accessibility violation, with a node’s details showing', async () => {
    const { container } = render(<PlanView explain={explain} />);
    fireEvent.focus(boxes()[4]);

    const { violations } = await axe.run(container, { resultTypes: ['violations'] });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});
