// The command line, as a person runs it: the summary of a folder of notes, and --json with the
// contract of DESIGN.md and nothing else on stdout.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "..");
const CLI = resolve(ROOT, "dist/cli.mjs");
const VAULT = resolve(ROOT, "example-vault");

function atlas(...args: string[]): { stdout: string; stderr: string; status: number | null } {
	const run = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
	return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

beforeAll(() => {
	execFileSync(process.execPath, ["esbuild.config.mjs", "cli"], { cwd: ROOT });
	expect(existsSync(CLI)).toBe(true);
});

describe("the command line", () => {
	it("checks each figure against the official results with --check", () => {
		const { stdout, status } = atlas(VAULT, "--check");
		expect(status).toBe(0);
		expect(stdout).toMatch(/^2016$/m);
		expect(stdout).toMatch(/winner +2\.99% +Trimps-Soushen +matches +matches the official 2\.991% \(Trimps-Soushen, supplied data only\)/);
		expect(stdout).toMatch(/winner +6\.7% +GoogLeNet +matches +matches the official 6\.656%/);
		expect(stdout).toContain("ImageNet.md:111");
	});

	it("prints the timeline with sources, the conflicts, the lineage and the diagnostics", () => {
		const { stdout, status } = atlas(VAULT);
		expect(status).toBe(0);
		expect(stdout).toMatch(/^ImageNet Atlas: 7 notes read in .*example-vault, 7 about ImageNet\./);
		expect(stdout).toMatch(/ {2}2012 {2}15\.3% +AlexNet +ImageNet and the ILSVRC\.md:40, ImageNet\.md:41, ImageNet\.md:109, Models\/AlexNet\.md:18/);
		// The notes disagree on 2013, and the official record explains why: both are Clarifai's figures.
		expect(stdout).toContain("explained by the record: 11.7% (ImageNet.md:110) vs ~11.2% (ImageNet and the ILSVRC.md:41)");
		expect(stdout).toContain("11.7% matches the official 11.743% (Clarifai, supplied data only)");
		expect(stdout).toContain("~11.2% matches the official 11.197% (Clarifai, with outside training data)");
		expect(stdout).toMatch(/AlexNet \(2012\) → ZFNet \(2013\) +explicit/);
		expect(stdout).toMatch(/Diagnostics: \d+\./);
	});

	it("prints only the model as JSON with --json, in percent, with paths relative to the folder", () => {
		const { stdout, status } = atlas(VAULT, "--json");
		expect(status).toBe(0);
		const model = JSON.parse(stdout);
		const winner2015 = model.results.find((r: { series: string; year: number }) => r.series === "winner" && r.year === 2015);
		expect(winner2015).toMatchObject({ benchmark: "ILSVRC classification", value: 3.57, approx: false, entrant: "ResNet", entity: "resnet" });
		expect(winner2015.sources).toContainEqual({ path: "ImageNet.md", line: 112, raw: "| 2015 | ResNet | 3.6% | Superhuman |" });
		expect(model.lineage.nodes).toContainEqual(expect.objectContaining({ id: "alexnet", name: "AlexNet", year: 2012, note: "Models/AlexNet.md" }));
		expect(model.lineage.edges).toContainEqual(expect.objectContaining({ from: "alexnet", to: "zfnet", kind: "explicit" }));
		expect(model.facts).toContainEqual(expect.objectContaining({ key: "images", value: 14197122 }));
		expect(model.diagnostics.every((d: { kind: string; path: string; line: number; message: string }) => d.kind && d.path !== undefined && d.line >= 0 && d.message)).toBe(true);
	});

	it("says what is wrong with a folder that is not there, on stderr, and fails", () => {
		const { stdout, stderr, status } = atlas(resolve(ROOT, "no-such-folder"));
		expect(status).toBe(2);
		expect(stdout).toBe("");
		expect(stderr).toContain("is not a folder");
	});
});
