// The force-directed map: a D3 force simulation drawn in SVG, or on a canvas above
// CANVAS_THRESHOLD nodes, with zoom, pan, drag, hover and click. Positions are remembered by node
// id from one snapshot to the next, so that the map does not jump when the year changes.
import { d3 } from "./d3.js";
import { appearance, drawCanvas, joinSvg, positionSvg } from "./map-draw.js";

export const CANVAS_THRESHOLD = 1500;
const WARM_ALPHA = 0.3;
const HIT_RADIUS = 14;
const ZOOM_STEP = 1.4;
const PAN_STEP = 60;

/** Where each node was last seen, by id; kept across years and across visits of the view. */
const positions = new Map();

function seedPosition(node, neighbours) {
  const known = positions.get(node.id);
  if (known) {
    node.x = known.x;
    node.y = known.y;
    return true;
  }
  const anchor = (neighbours.get(node.id) ?? []).map((id) => positions.get(id)).find(Boolean);
  const spread = anchor ? 15 : 120;
  node.x = (anchor?.x ?? 0) + (Math.random() - 0.5) * spread;
  node.y = (anchor?.y ?? 0) + (Math.random() - 0.5) * spread;
  return false;
}

function neighbourIndex(links) {
  const index = new Map();
  for (const l of links) {
    for (const [a, b] of [[l.source, l.target], [l.target, l.source]]) {
      if (!index.has(a)) {
        index.set(a, []);
      }
      index.get(a).push(b);
    }
  }
  return index;
}

/**
 * The number of nodes above which the map is drawn on a canvas; a session may lower it
 * (`sessionStorage["maillage.canvasThreshold"]`), which the browser tests do to draw the seed on a
 * canvas.
 */
function canvasThreshold() {
  const chosen = Number(sessionStorage.getItem("maillage.canvasThreshold"));
  return Number.isFinite(chosen) && sessionStorage.getItem("maillage.canvasThreshold") !== null
    ? chosen : CANVAS_THRESHOLD;
}

export class MapRenderer {
  /** `handlers`: onHover(node or null, [x, y] in view coordinates), onSelect(node or null). */
  constructor(stage, handlers) {
    this.stage = stage;
    this.handlers = handlers;
    this.nodes = [];
    this.links = [];
    this.neighbours = new Map();
    this.transform = d3.zoomIdentity;
    this.look = null;
    this.mode = null;
    this.canvas = null;
    this.svg = d3.select(stage).append("svg").attr("class", "map-svg").attr("tabindex", 0);
    this.viewport = this.svg.append("g").attr("class", "map-viewport");
    for (const name of ["map-links", "map-nodes", "map-labels"]) {
      this.viewport.append("g").attr("class", name);
    }
    this.simulation = d3
      .forceSimulation()
      .force("link", d3.forceLink().id((n) => n.id).distance(30))
      .force("charge", d3.forceManyBody().strength(-35).distanceMax(350))
      .force("x", d3.forceX(0).strength(0.05))
      .force("y", d3.forceY(0).strength(0.05))
      .on("tick", () => this.draw())
      .stop();
    this.zoom = d3.zoom().scaleExtent([0.1, 10]).on("zoom", (event) => this.onZoom(event));
    this.svg
      .call(this.dragBehaviour())
      .call(this.zoom)
      .on("dblclick.zoom", null)
      .on("pointermove", (event) => this.onPointerMove(event))
      .on("pointerleave", () => this.handlers.onHover(null))
      .on("click", (event) => this.handlers.onSelect(this.nodeAt(event)))
      .on("keydown", (event) => this.onKey(event));
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(stage);
    this.resize();
  }

  /** Shows a new snapshot: nodes keep their old places, newcomers start near a neighbour. */
  setNetwork(network, style) {
    for (const n of this.nodes) {
      positions.set(n.id, { x: n.x, y: n.y });
    }
    const links = network.links.map((l) => ({ ...l }));
    const index = neighbourIndex(links);
    let known = 0;
    const nodes = network.nodes.map((source) => {
      const node = { id: source.id, attributes: source.attributes, metrics: source.metrics };
      known += seedPosition(node, index) ? 1 : 0;
      return node;
    });
    this.nodes = nodes;
    this.links = links;
    this.neighbours = index;
    this.setMode(nodes.length > canvasThreshold() ? "canvas" : "svg");
    this.simulation.nodes(nodes);
    this.simulation.force("link").links(links);
    this.setStyle(style);
    const alpha = known > nodes.length / 2 ? WARM_ALPHA : 1;
    this.simulation.alpha(alpha).restart();
  }

  /** Applies colours, sizes and highlights without moving anything. */
  setStyle(style) {
    this.style = style;
    this.look = appearance({ ...style, neighbours: new Set(this.neighbours.get(style.focus)) });
    if (this.mode === "svg") {
      joinSvg(this.viewport, this.nodes, this.links, this.look);
    }
    this.draw();
  }

  setMode(mode) {
    if (mode === this.mode) {
      return;
    }
    this.mode = mode;
    this.canvas?.remove();
    this.canvas = null;
    if (mode === "canvas") {
      this.canvas = document.createElement("canvas");
      this.canvas.className = "map-canvas";
      this.canvas.setAttribute("aria-hidden", "true");
      this.stage.prepend(this.canvas);
      this.viewport.selectAll("g > *").remove();
    }
    this.svg.classed("overlay", mode === "canvas");
    this.resize();
  }

  draw() {
    if (!this.look) {
      return;
    }
    if (this.mode === "canvas") {
      const start = performance.now();
      drawCanvas(this.canvas, this.size, this.transform, this.nodes, this.links, this.look);
      // for the fluidity benchmark: time spent drawing, apart from the layout's own work
      this.drawing = { count: (this.drawing?.count ?? 0) + 1,
        ms: (this.drawing?.ms ?? 0) + performance.now() - start };
    } else {
      positionSvg(this.viewport);
    }
  }

  resize() {
    const width = Math.max(200, this.stage.clientWidth);
    const height = Math.max(200, this.stage.clientHeight);
    const ratio = window.devicePixelRatio || 1;
    this.size = { width, height, ratio };
    this.svg.attr("viewBox", [-width / 2, -height / 2, width, height]);
    this.svg.attr("width", width).attr("height", height);
    if (this.canvas) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
    }
    this.draw();
  }

  onZoom(event) {
    this.transform = event.transform;
    this.viewport.attr("transform", event.transform);
    if (this.mode === "canvas") {
      this.draw();
    }
  }

  /** The node under the pointer, if any, within a few pixels. */
  nodeAt(event) {
    const [x, y] = this.transform.invert(d3.pointer(event, this.svg.node()));
    const node = this.simulation.find(x, y, HIT_RADIUS / this.transform.k + 4);
    if (!node) {
      return null;
    }
    const distance = Math.hypot(node.x - x, node.y - y);
    return distance <= this.look.radius(node) + HIT_RADIUS / this.transform.k ? node : null;
  }

  onPointerMove(event) {
    const node = this.nodeAt(event);
    this.svg.classed("pointing", Boolean(node));
    this.handlers.onHover(node, node ? this.transform.apply([node.x, node.y]) : null);
  }

  dragBehaviour() {
    return d3
      .drag()
      .subject((event) => this.nodeAt(event.sourceEvent))
      .on("start", (event) => {
        if (!event.active) {
          this.simulation.alphaTarget(0.2).restart();
        }
        event.subject.fx = event.subject.x;
        event.subject.fy = event.subject.y;
      })
      .on("drag", (event) => {
        const [x, y] = this.transform.invert(d3.pointer(event.sourceEvent, this.svg.node()));
        event.subject.fx = x;
        event.subject.fy = y;
      })
      .on("end", (event) => {
        if (!event.active) {
          this.simulation.alphaTarget(0);
        }
        event.subject.fx = null;
        event.subject.fy = null;
      });
  }

  onKey(event) {
    const moves = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    if (moves[event.key]) {
      this.svg.transition().duration(150).call(this.zoom.translateBy, ...moves[event.key]);
    } else if (event.key === "+" || event.key === "=") {
      this.zoomBy(ZOOM_STEP);
    } else if (event.key === "-") {
      this.zoomBy(1 / ZOOM_STEP);
    } else if (event.key === "0") {
      this.resetZoom();
    } else {
      return;
    }
    event.preventDefault();
  }

  zoomBy(factor) {
    this.svg.transition().duration(200).call(this.zoom.scaleBy, factor);
  }

  resetZoom() {
    this.svg.transition().duration(300).call(this.zoom.transform, d3.zoomIdentity);
  }

  /** Centres the view on a node. */
  centreOn(node) {
    const k = Math.max(this.transform.k, 1.5);
    const target = d3.zoomIdentity.scale(k).translate(-node.x, -node.y);
    this.svg.transition().duration(500).call(this.zoom.transform, target);
  }

  node(id) {
    return this.nodes.find((n) => n.id === id) ?? null;
  }

  isRunning() {
    return this.simulation.alpha() > this.simulation.alphaMin();
  }

  destroy() {
    for (const n of this.nodes) {
      positions.set(n.id, { x: n.x, y: n.y });
    }
    this.simulation.stop();
    this.simulation.on("tick", null);
    this.resizeObserver.disconnect();
    this.svg.interrupt();
  }
}
