import Panzoom, { type PanzoomObject } from '@panzoom/panzoom';

/**
 * The zoom view behind every "Enlarge diagram" button: a full-screen modal <dialog> where the reader pans and
 * zooms the diagram. Loaded on the first press only (DiagramZoom.astro), so pages carry no pan-zoom code.
 * @panzoom/panzoom (MIT, ~4 KB gzipped) handles drag, pinch and zooming around a point; the wheel is wired to
 * its zoomWithWheel. It has no keyboard support, so the keys (+, −, arrows, 0) are handled here.
 * The page's own SVG is moved into the dialog and back on close, so its ids (arrowhead markers) stay unique and
 * its palette classes keep following the theme (the dialog sits inside the figure, under its --dg-* properties).
 */

const panStep = 60;

function button(label: string, text: string, className = 'diagram-zoom-button'): HTMLButtonElement {
	const element = document.createElement('button');
	element.type = 'button';
	element.className = className;
	element.textContent = text;
	if (label !== text) element.setAttribute('aria-label', label);
	return element;
}

function buildDialog(figure: HTMLElement, title: string) {
	const dialog = document.createElement('dialog');
	dialog.className = 'diagram-dialog not-content';
	dialog.setAttribute('aria-label', `Enlarged diagram: ${title}`);
	const bar = document.createElement('div');
	bar.className = 'diagram-dialog-bar';
	const help = document.createElement('p');
	help.className = 'diagram-dialog-help';
	help.id = `${figure.dataset.diagram}-zoom-help`;
	help.textContent = 'Drag or use the arrow keys to move. Wheel, pinch, + and − zoom; 0 resets.';
	const zoomOut = button('Zoom out', '−');
	const zoomIn = button('Zoom in', '+');
	const reset = button('Reset zoom', 'Reset');
	const close = button('Close', 'Close', 'diagram-zoom-button diagram-dialog-close');
	bar.append(help, zoomOut, zoomIn, reset, close);
	const stage = document.createElement('div');
	stage.className = 'diagram-dialog-stage';
	// Focusable so the keys work once the reader has clicked into the picture.
	stage.tabIndex = 0;
	stage.setAttribute('role', 'group');
	stage.setAttribute('aria-label', title);
	stage.setAttribute('aria-describedby', help.id);
	const canvas = document.createElement('div');
	canvas.className = 'diagram-dialog-canvas';
	stage.append(canvas);
	dialog.append(bar, stage);
	figure.append(dialog);
	return { dialog, stage, canvas, zoomIn, zoomOut, reset, close };
}

export function openZoomView(opener: HTMLButtonElement): void {
	const figure = opener.closest<HTMLElement>('figure.diagram');
	const svg = figure?.querySelector<SVGSVGElement>('.diagram-frame > svg');
	if (!figure || !svg) return;
	const title = svg.querySelector('title')?.textContent ?? 'Diagram';
	const home = svg.parentElement as HTMLElement;
	const parts = buildDialog(figure, title);
	const { dialog, stage, canvas } = parts;
	canvas.append(svg);
	const zoom: PanzoomObject = Panzoom(canvas, { canvas: true, minScale: 0.25, maxScale: 8, step: 0.25 });
	stage.addEventListener('wheel', zoom.zoomWithWheel, { passive: false });
	parts.zoomIn.addEventListener('click', () => zoom.zoomIn());
	parts.zoomOut.addEventListener('click', () => zoom.zoomOut());
	parts.reset.addEventListener('click', () => zoom.reset());
	parts.close.addEventListener('click', () => dialog.close());
	dialog.addEventListener('keydown', (event) => {
		if (event.ctrlKey || event.metaKey || event.altKey) return;
		const pan: Record<string, [number, number]> = {
			ArrowLeft: [panStep, 0],
			ArrowRight: [-panStep, 0],
			ArrowUp: [0, panStep],
			ArrowDown: [0, -panStep],
		};
		const move = pan[event.key];
		if (move) zoom.pan(move[0] / zoom.getScale(), move[1] / zoom.getScale(), { relative: true });
		else if (event.key === '+' || event.key === '=') zoom.zoomIn();
		else if (event.key === '-' || event.key === '−' || event.key === '_') zoom.zoomOut();
		else if (event.key === '0') zoom.reset();
		else return;
		event.preventDefault();
	});
	// Escape closes a modal dialog natively; either way the diagram goes home and focus returns to the button.
	dialog.addEventListener('close', () => {
		zoom.destroy();
		home.append(svg);
		dialog.remove();
		opener.focus();
	});
	dialog.showModal();
	stage.focus();
}
