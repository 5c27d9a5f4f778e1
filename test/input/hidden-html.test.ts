import { describe, expect, it } from "vitest";
import { parseJobPosting } from "../../src/index.js";

const NOW = "2026-11-27";
const page = (body: string) => `<!doctype html><html><body>${body}</body></html>`;
const parse = (html: string) => parseJobPosting(html, { now: NOW, format: "html", evidence: true });

// Invented careers pages whose posting body sits in collapsed accordions and closed tab panels.
const ACCORDION = page(`
<nav class="site-menu"><ul hidden><li><a href="/p">Products and services for every team of the company, see them all here</a></li></ul></nav>
<div class="dropdown-menu" style="display:none"><p>Our products: widgets, gadgets, gizmos and doohickeys for every home and office in the land</p></div>
<div class="cookie-consent" hidden><p>We use cookies to improve your experience of this site. Accept all cookies or manage your choices.</p></div>
<div role="dialog" style="display: none"><p>Sign up to job alerts and hear first about every new role we open across the group.</p></div>
<main><h1>Warehouse Lead</h1><p>Northgate Logistics · Leeds</p>
<button aria-expanded="false">Job description</button>
<div class="accordion-body" style="display:none">
<h2>Responsibilities</h2><ul><li>Run the night shift of twelve pickers</li><li>Plan the loading of trucks</li></ul>
<h2>Requirements</h2><ul><li>Two years leading a warehouse team</li><li>Forklift licence</li></ul>
</div>
<div role="tabpanel" aria-hidden="true"><h2>Benefits</h2><ul><li>Pension with 6% employer match</li><li>Free parking on site at all hours</li></ul></div>
</main>`);

describe("hidden HTML content", () => {
  it("reads collapsed accordions and closed tab panels of the posting", () => {
    const r = parse(ACCORDION);
    expect(r.responsibilities).toEqual(["Run the night shift of twelve pickers", "Plan the loading of trucks"]);
    expect(r.requirements).toEqual(["Two years leading a warehouse team", "Forklift licence"]);
    expect(r.benefits).toEqual(["Pension with 6% employer match", "Free parking on site at all hours"]);
  });

  it("keeps hidden menus, drop-downs, cookie dialogs and modals out", () => {
    const r = parse(ACCORDION);
    for (const chrome of ["Products and services", "widgets, gadgets", "cookies", "job alerts"]) expect(r.description).not.toContain(chrome);
  });

  it("reads a <details> body", () => {
    const r = parse(page(`<main><h1>Baker</h1><details><summary>What you will do</summary><ul><li>Bake sourdough every night</li><li>Clean the ovens</li></ul></details></main>`));
    expect(r.description).toContain("Bake sourdough every night");
  });

  it("does not read a hidden copy of text the page shows (one per screen size) twice", () => {
    const shown = "<ul><li>Run the night shift of twelve pickers at the Leeds depot</li><li>Plan the loading of trucks</li></ul>";
    const r = parse(page(`<main><h1>Warehouse Lead</h1><h2>Responsibilities</h2><div class="desktop">${shown}</div><div class="mobile" style="display:none">${shown}</div></main>`));
    expect(r.responsibilities).toEqual(["Run the night shift of twelve pickers at the Leeds depot", "Plan the loading of trucks"]);
  });

  it("leaves out short hidden bits (icons' labels, counters)", () => {
    const r = parse(page(`<main><h1>Baker</h1><span aria-hidden="true">★★★★☆ 4.2</span><p>We bake sourdough for cafés across Yorkshire every night of the week.</p></main>`));
    expect(r.description).not.toContain("★");
  });
});
