import { describe, expect, it } from 'vitest';
import { ARROW_DIRECTIONS, inDirection } from '../../src/ui/keyboard-nav';

const right = ARROW_DIRECTIONS['ArrowRight'] ?? [1, 0];
const up = ARROW_DIRECTIONS['ArrowUp'] ?? [0, -1];

describe('inDirection', () => {
  it('finds nothing among no candidates, or none within about 72° of the arrow', () => {
    expect(inDirection({ x: 0, y: 0 }, [], right)).toBeNull();
    // Straight up and to the left: nothing lies to the right.
    expect(
      inDirection(
        { x: 0, y: 0 },
        [
          { id: 'up', x: 0, y: -50 },
          { id: 'left', x: -50, y: 5 },
        ],
        right,
      ),
    ).toBeNull();
  });

  it('prefers the best-aligned neighbour, then the nearer of two equally aligned', () => {
    const candidates = [
      { id: 'slanted', x: 50, y: 40 },
      { id: 'straight', x: 200, y: 0 },
      { id: 'near', x: 100, y: 0 },
      { id: 'above', x: 0, y: -30 },
    ];
    expect(inDirection({ x: 0, y: 0 }, candidates, right)?.id).toBe('near');
    // Screen y grows downwards: "up" is negative y.
    expect(inDirection({ x: 0, y: 0 }, candidates, up)?.id).toBe('above');
  });
});
