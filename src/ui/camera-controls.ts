/**
 * The buttons over the canvas: zoom in, zoom out, fit, and "Re-run layout" (ForceAtlas2 in a
 * worker; pressed again, it stops). Disabled when the graph cannot be drawn.
 */
import { byId } from './dom';
import type { Renderer } from './renderer';

const BUTTONS = ['zoom-in', 'zoom-out', 'zoom-fit', 'layout-toggle'];

/** Wires the buttons to `renderer` (null: no drawing, buttons disabled); listeners end with `signal`. */
export function wireCameraControls(renderer: Renderer | null, signal: AbortSignal): void {
  for (const id of BUTTONS) byId(id, HTMLButtonElement).disabled = renderer === null;
  if (!renderer) return;
  const on = (id: string, listener: () => void) =>
    byId(id, HTMLButtonElement).addEventListener('click', listener, { signal });
  const camera = renderer.sigma.getCamera();
  on('zoom-in', () => void camera.animatedZoom({ duration: 250 }));
  on('zoom-out', () => void camera.animatedUnzoom({ duration: 250 }));
  on('zoom-fit', () => renderer.fit());
  const layoutButton = byId('layout-toggle', HTMLButtonElement);
  const showLayoutState = () => {
    const running = renderer.isLayoutRunning();
    layoutButton.setAttribute('aria-pressed', String(running));
    layoutButton.textContent = running ? 'Stop layout' : 'Re-run layout';
  };
  on('layout-toggle', () => {
    if (renderer.isLayoutRunning()) renderer.stopLayout();
    else renderer.startLayout();
    showLayoutState();
  });
  showLayoutState();
}
