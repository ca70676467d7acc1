import { redirects } from '../deep-links/redirects.ts';
import {
	emptyProgress,
	mergeProgress,
	type Progress,
	ProgressStore,
	parseProgress,
	serialiseProgress,
} from './progress-store.ts';

/**
 * Shows and changes the reader's progress on the page: the "Mark as done" toggles, marks and counts in the sidebar,
 * the progress bars, the checklists and the export, import and reset tools. Every piece is server-rendered in its
 * final place (no layout shift); this only fills in state, so a page without it is complete, just without progress.
 */
const address = (href: string) => {
	const path = new URL(href, location.href).pathname;
	return path.endsWith('/') ? path : `${path}/`;
};
const here = address(location.href);

/** "can-use-git" from a checklist item's words: its key survives reordering and items added around it. */
const itemKey = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);

export function startProgress() {
	const store = new ProgressStore(() => window.localStorage, redirects);
	let progress: Progress = store.read();

	const save = (next: Progress) => {
		progress = next;
		const saved = store.write(next);
		render();
		return saved;
	};

	const toggles = [...document.querySelectorAll<HTMLButtonElement>('button[data-progress-toggle]')];
	for (const toggle of toggles) {
		if (!store.available) {
			toggle.setAttribute('aria-disabled', 'true');
			for (const note of document.querySelectorAll<HTMLElement>('[data-progress-unavailable]')) note.hidden = false;
			continue;
		}
		toggle.disabled = false;
		toggle.addEventListener('click', () => {
			const pages = { ...progress.pages };
			if (pages[here]) delete pages[here];
			else pages[here] = new Date().toISOString();
			save({ ...progress, pages });
		});
	}

	const checkboxes = [
		...document.querySelectorAll<HTMLInputElement>('.sl-markdown-content li.task-list-item input[type="checkbox"]'),
	];
	for (const box of checkboxes) {
		const key = `${here}#${itemKey(box.getAttribute('aria-label') ?? box.closest('li')?.textContent ?? '')}`;
		box.dataset.progressKey = key;
		if (!store.available) continue;
		box.disabled = false;
		box.addEventListener('change', () => {
			const checks = { ...progress.checks };
			if (box.checked) checks[key] = new Date().toISOString();
			else delete checks[key];
			save({ ...progress, checks });
		});
	}

	const tools = document.querySelector<HTMLElement>('[data-progress-tools]');
	if (tools) startTools(tools, store, () => progress, save);

	// Another tab marked a page: show it here too.
	window.addEventListener('storage', () => {
		progress = store.read();
		render();
	});

	function render() {
		const done = progress.pages;
		for (const toggle of toggles) toggle.setAttribute('aria-pressed', String(Boolean(done[here])));
		for (const box of checkboxes) box.checked = Boolean(progress.checks[box.dataset.progressKey ?? '']);
		renderMarks(done);
		for (const summary of document.querySelectorAll<HTMLElement>('[data-progress-summary]')) {
			const pages: string[] = JSON.parse(summary.dataset.pages ?? '[]');
			const count = pages.filter((page) => done[page]).length;
			const bar = summary.querySelector('progress');
			if (bar) bar.value = count;
			const words = summary.querySelector('[data-progress-words]');
			if (words) words.textContent = `${count} of ${pages.length} topics done`;
		}
	}
	render();
}

/** Marks a link to a finished page: an attribute CSS draws a tick from, and words for screen readers. */
function markLink(link: Element, isDone: boolean) {
	link.toggleAttribute('data-done', isDone);
	if (link instanceof SVGElement) {
		// SVG has no hidden-text class; the link's name carries the words instead.
		const label = link.textContent?.trim() ?? '';
		if (isDone) link.setAttribute('aria-label', `${label} (done)`);
		else link.removeAttribute('aria-label');
		return;
	}
	let words = link.querySelector<HTMLElement>('.progress-done-words');
	if (isDone && !words) {
		words = document.createElement('span');
		words.className = 'progress-done-words sr-only';
		words.textContent = ' (done)';
		link.append(words);
	} else if (!isDone) words?.remove();
}

/** A mark on each finished page in the sidebar and on the topic map, and "n of m done" per sidebar section. */
function renderMarks(done: Record<string, string>) {
	for (const link of document.querySelectorAll('[data-map-topic]'))
		markLink(link, Boolean(done[link.getAttribute('data-map-topic') ?? '']));
	const sidebar = document.querySelector('#starlight__sidebar');
	if (!sidebar) return;
	const anyDone = Object.keys(done).length > 0;
	for (const link of sidebar.querySelectorAll<HTMLAnchorElement>('a[href]'))
		markLink(link, Boolean(done[address(link.href)]));
	for (const group of sidebar.querySelectorAll<HTMLDetailsElement>('details')) {
		const links = [...group.querySelectorAll<HTMLAnchorElement>(':scope > ul a[href]')];
		const summary = group.querySelector(':scope > summary .group-label') ?? group.querySelector(':scope > summary');
		if (!summary || links.length === 0) continue;
		let count = summary.querySelector<HTMLElement>('.progress-count');
		if (!anyDone) {
			count?.remove();
			continue;
		}
		if (!count) {
			count = document.createElement('span');
			count.className = 'progress-count';
			summary.append(count);
		}
		count.textContent = `${links.filter((link) => link.hasAttribute('data-done')).length} of ${links.length} done`;
	}
}

function startTools(
	tools: HTMLElement,
	store: ProgressStore,
	current: () => Progress,
	save: (next: Progress) => boolean,
) {
	const status = tools.querySelector<HTMLElement>('[data-progress-status]');
	const say = (message: string) => {
		if (status) status.textContent = message;
	};
	if (!store.available) {
		for (const button of tools.querySelectorAll('button')) button.disabled = true;
		say(
			'Progress cannot be saved in this browser (storage is blocked or full), so there is nothing to export or import.',
		);
		return;
	}
	for (const button of tools.querySelectorAll('button')) button.disabled = false;

	tools.querySelector('[data-progress-export]')?.addEventListener('click', () => {
		const file = new Blob([serialiseProgress(current())], { type: 'application/json' });
		const link = document.createElement('a');
		link.href = URL.createObjectURL(file);
		link.download = `backend-2026-progress-${new Date().toISOString().slice(0, 10)}.json`;
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 0);
		const { pages, checks } = current();
		say(`Exported ${Object.keys(pages).length} finished pages and ${Object.keys(checks).length} ticked items.`);
	});

	const picker = tools.querySelector<HTMLInputElement>('input[type="file"][data-progress-import]');
	tools.querySelector('[data-progress-import-button]')?.addEventListener('click', () => picker?.click());
	picker?.addEventListener('change', async () => {
		const file = picker.files?.[0];
		picker.value = '';
		if (!file) return;
		const parsed = parseProgress(await file.text());
		if (!parsed.ok) return say(`${parsed.reason} Nothing was changed.`);
		const before = current();
		const merged = mergeProgress(before, parsed.progress);
		const added = Object.keys(merged.pages).length - Object.keys(before.pages).length;
		const addedChecks = Object.keys(merged.checks).length - Object.keys(before.checks).length;
		if (!save(merged)) return say('The browser refused to save the imported progress (storage full or blocked).');
		say(`Imported: ${added} finished pages and ${addedChecks} ticked items added; nothing was removed.`);
	});

	tools.querySelector('[data-progress-reset]')?.addEventListener('click', () => {
		if (!window.confirm('Reset your progress? This clears every finished page and ticked item in this browser.'))
			return;
		save(emptyProgress());
		say('Progress reset.');
	});
}
