/**
 * The active option of the results listbox. Focus stays in the search field (WAI-ARIA combobox
 * pattern): arrows move `aria-activedescendant`, so typing continues and screen readers announce
 * the option, and Enter follows it.
 */
export class ActiveOption {
	readonly #input: HTMLInputElement;
	readonly #list: HTMLElement;

	constructor(input: HTMLInputElement, list: HTMLElement) {
		this.#input = input;
		this.#list = list;
	}

	options(): HTMLElement[] {
		return [...this.#list.querySelectorAll<HTMLElement>('[role="option"]')];
	}

	current(): HTMLElement | undefined {
		const id = this.#input.getAttribute('aria-activedescendant');
		return id ? (this.options().find((option) => option.id === id) ?? undefined) : undefined;
	}

	set(option: HTMLElement | undefined): void {
		for (const other of this.options()) other.setAttribute('aria-selected', String(other === option));
		if (option) {
			this.#input.setAttribute('aria-activedescendant', option.id);
			option.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	/** Next or previous option, wrapping around the ends. */
	move(step: 1 | -1): void {
		const options = this.options();
		if (options.length === 0) return;
		const current = this.current();
		const index = current ? options.indexOf(current) : step === 1 ? -1 : 0;
		this.set(options[(index + step + options.length) % options.length]);
	}
}
