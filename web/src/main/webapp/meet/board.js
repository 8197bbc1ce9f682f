// The whiteboard: shapes in board coordinates (0..10000 on both axes, docs/meetings-protocol.md)
// drawn over the slide. Strokes appear when the server sends them back, so every participant
// sees the same board in the same order.
const BOARD = 10000;

export class Board {
  constructor(canvas, onStroke) {
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
    this.onStroke = onStroke;
    this.strokes = new Map();
    this.enabled = false;
    this.tool = 'freehand';
    this.color = '#d11a2a';
    this.points = null;
    canvas.addEventListener('pointerdown', (e) => this.down(e));
    canvas.addEventListener('pointermove', (e) => this.move(e));
    canvas.addEventListener('pointerup', (e) => this.up(e));
  }

  point(e) {
    const r = this.canvas.getBoundingClientRect();
    const clamp = (v) => Math.max(0, Math.min(BOARD, Math.round(v)));
    return [clamp(((e.clientX - r.left) / r.width) * BOARD), clamp(((e.clientY - r.top) / r.height) * BOARD)];
  }

  down(e) {
    if (!this.enabled) { return; }
    this.points = [...this.point(e)];
    this.canvas.setPointerCapture(e.pointerId);
  }

  move(e) {
    if (!this.points || this.tool !== 'freehand' || this.points.length >= 3998) { return; }
    this.points.push(...this.point(e));
    this.redraw();
    this.trace({ kind: 'freehand', points: this.points, color: this.color, width: 3 });
  }

  up(e) {
    if (!this.points) { return; }
    const start = this.points.slice(0, 2);
    const end = this.point(e);
    let shape;
    if (this.tool === 'freehand') {
      shape = { kind: 'freehand', points: this.points };
    } else if (this.tool === 'text') {
      const text = window.prompt('Text');
      shape = text ? { kind: 'text', points: start, text } : null;
    } else {
      shape = { kind: this.tool, points: [...start, ...end] };
    }
    this.points = null;
    if (shape) { this.onStroke({ color: this.color, width: 3, ...shape }); }
    this.redraw();
  }

  reset(strokes) {
    this.strokes = new Map(strokes.map((s) => [s.stroke, s]));
    this.redraw();
  }

  add(stroke) { this.strokes.set(stroke.stroke, stroke); this.redraw(); }

  remove(id) { this.strokes.delete(id); this.redraw(); }

  redraw() {
    this.context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    for (const s of this.strokes.values()) { this.trace(s); }
    this.canvas.dataset.strokes = String(this.strokes.size);
  }

  trace(s) {
    const c = this.context;
    const x = (v) => (v / BOARD) * this.canvas.width;
    const y = (v) => (v / BOARD) * this.canvas.height;
    const p = s.points;
    c.strokeStyle = s.color; c.fillStyle = s.color; c.lineWidth = s.width;
    c.beginPath();
    if (s.kind === 'text') {
      c.font = '32px sans-serif';
      c.fillText(s.text, x(p[0]), y(p[1]));
      return;
    }
    if (s.kind === 'rect') {
      c.strokeRect(x(p[0]), y(p[1]), x(p[2]) - x(p[0]), y(p[3]) - y(p[1]));
      return;
    }
    if (s.kind === 'ellipse') {
      const rx = Math.abs(x(p[2]) - x(p[0])) / 2;
      const ry = Math.abs(y(p[3]) - y(p[1])) / 2;
      c.ellipse((x(p[0]) + x(p[2])) / 2, (y(p[1]) + y(p[3])) / 2, rx, ry, 0, 0, 2 * Math.PI);
      c.stroke();
      return;
    }
    c.moveTo(x(p[0]), y(p[1]));
    for (let i = 2; i < p.length; i += 2) { c.lineTo(x(p[i]), y(p[i + 1])); }
    c.stroke();
  }
}
