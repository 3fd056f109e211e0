import { describe, expect, it } from 'vitest';
import { downloadName } from '../../src/ui/download';

describe('downloadName', () => {
  it('makes a safe name from any graph name, with the date', () => {
    expect(downloadName('../etc/pass wd', 'gexf')).toMatch(/^etc-pass-wd-\d{4}-\d{2}-\d{2}\.gexf$/);
    expect(downloadName('', 'json')).toMatch(/^graph-\d{4}-\d{2}-\d{2}\.json$/);
    expect(downloadName('chipgraph', 'gexf', '-view-1.2draft')).toMatch(
      /^chipgraph-\d{4}-\d{2}-\d{2}-view-1\.2draft\.gexf$/,
    );
    expect(downloadName('华为 graph', 'json')).toMatch(/^华为-graph-/);
  });
});
