// An ARIA tab list: arrow keys, Home and End move between tabs; the selected one shows its panel.

export class Tabs {
  /** @param signal removes the listeners on the page's tab list when aborted (at sign-out) */
  constructor(list, signal) {
    this.list = list;
    this.tabs = [...list.querySelectorAll('[role=tab]')];
    this.listeners = [];
    this.tabs.forEach((tab) => tab.addEventListener('click', () => this.select(tab.id), { signal }));
    list.addEventListener('keydown', (e) => this.key(e), { signal });
    this.select(this.tabs[0].id);
  }

  onSelect(listener) {
    this.listeners.push(listener);
  }

  select(id, focus = false) {
    for (const tab of this.tabs) {
      const selected = tab.id === id;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
      if (selected && focus) tab.focus();
    }
    this.listeners.forEach((l) => l(id));
  }

  selected() {
    return this.tabs.find((t) => t.getAttribute('aria-selected') === 'true').id;
  }

  key(e) {
    const index = this.tabs.findIndex((t) => t === document.activeElement);
    if (index < 0) return;
    const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: this.tabs.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const next = (moves[e.key] + this.tabs.length) % this.tabs.length;
    this.select(this.tabs[next].id, true);
  }
}
