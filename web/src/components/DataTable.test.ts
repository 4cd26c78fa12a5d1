import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { cellColumn, visibleColumns } from './DataTable';

describe('a table column on a narrow screen', () => {
  it('labels its value with the heading, or with `label` where the heading is not text', () => {
    expect(cellColumn({ id: 'name', header: 'Name' })).toEqual({ label: 'Name', actions: false });
    expect(cellColumn({ id: 'pick', header: createElement('input'), label: 'Selected' })).toEqual({
      label: 'Selected',
      actions: false,
    });
    expect(cellColumn({ id: 'pick', header: createElement('input') })).toEqual({ label: undefined, actions: false });
    expect(cellColumn({ id: 'blank', header: '' })).toEqual({ label: undefined, actions: false });
  });

  it('makes the `actions` column the foot of the card, with no label', () => {
    expect(cellColumn({ id: 'actions', header: 'Actions' })).toEqual({ label: 'Actions', actions: true });
  });

  it('leaves out the columns a condition turned off', () => {
    const shown = visibleColumns<string>([{ id: 'a', header: 'A' }, false, null, undefined, { id: 'b', header: 'B' }]);
    expect(shown.map((c) => c.id)).toEqual(['a', 'b']);
  });
});
