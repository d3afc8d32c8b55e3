// Releases: the tag is the version (.npmrc), package.json, manifest.json and versions.json agree, the
// release workflow checks the tag and attaches the three files Obsidian downloads, and `npm version`'s
// script keeps the files agreeing.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const text = (name: string, dir = ROOT) => readFileSync(join(dir, name), "utf8");
const json = (name: string, dir = ROOT) => JSON.parse(text(name, dir));
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/** The tag `npm version` makes for `version`, by .npmrc's tag-version-prefix (npm's default is "v"). */
function tagFor(version: string): string {
	const prefix = /^tag-version-prefix\s*=\s*"?([^"\n]*)"?\s*$/m.exec(text(".npmrc"));
	return (prefix ? prefix[1] : "v") + version;
}

/** The workflow's steps, each as its own text (from one "- " at the steps' indentation to the next). */
function workflowSteps(): string[] {
	const workflow = text(".github/workflows/release.yml");
	const steps = workflow.slice(workflow.indexOf("\n    steps:\n"));
	return steps.split(/\n {6}- /).slice(1);
}

describe("release files", () => {
	it("give one version: package.json, package-lock.json and manifest.json, and the tag npm version makes", () => {
		const manifest = json("manifest.json");
		expect(manifest.version).toMatch(SEMVER);
		expect(json("package.json").version).toBe(manifest.version);
		expect(json("package-lock.json").version).toBe(manifest.version);
		expect(tagFor(manifest.version)).toBe(manifest.version);
	});

	it("tag releases without a prefix (.npmrc)", () => {
		expect(text(".npmrc")).toMatch(/^tag-version-prefix=""$/m);
	});

	it("list the manifest's version in versions.json with its minAppVersion, every entry a version", () => {
		const manifest = json("manifest.json");
		const versions: Record<string, unknown> = json("versions.json");
		expect(versions[manifest.version]).toBe(manifest.minAppVersion);
		for (const [version, minAppVersion] of Object.entries(versions)) {
			expect(version).toMatch(SEMVER);
			expect(minAppVersion).toMatch(SEMVER);
		}
	});

	it("run version-bump.mjs on `npm version`, staging what it writes", () => {
		expect(json("package.json").scripts.version).toBe("node scripts/version-bump.mjs --git-add");
	});
});

describe("the release workflow", () => {
	it("runs on a pushed tag and first stops unless the tag is manifest.json's version", () => {
		const workflow = text(".github/workflows/release.yml");
		expect(workflow).toMatch(/^on:\n {2}push:\n {4}tags:\n {6}- "\*"\n/m);
		const steps = workflowSteps();
		expect(steps[0]).toMatch(/^uses: actions\/checkout@v4/);
		const check = steps[1];
		expect(check).toContain("TAG: ${{ github.ref_name }}");
		expect(check).toContain(`require("./manifest.json").version`);
		expect(check).toMatch(/if \[ "\$TAG" != "\$version" \]; then[\s\S]*exit 1/);
		// Nothing is built or released before the check.
		expect(steps.slice(0, 2).join("\n")).not.toMatch(/npm (ci|run)|npx|gh release|attest-build/);
	});

	it("builds, runs the unit tests, and attaches exactly main.js, manifest.json and styles.css to a draft release, attested", () => {
		const steps = workflowSteps();
		const at = (pattern: RegExp) => steps.findIndex((step) => pattern.test(step));
		const order = [/run: npm ci\b/, /run: npm run build\b/, /run: npx vitest run --project unit\b/, /uses: actions\/attest-build-provenance@v2/, /gh release create/];
		const positions = order.map(at);
		expect(positions.every((p) => p > 1)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);

		const release = steps[positions[4]];
		const command = /run: (gh release create .*)/.exec(release)![1].split(/\s+/);
		expect(command.slice(0, 4)).toEqual(["gh", "release", "create", '"$TAG"']);
		expect(command).toContain("--draft");
		expect(command.filter((word) => /\.(js|json|css)$/.test(word))).toEqual(["main.js", "manifest.json", "styles.css"]);
		expect(release).toContain("GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}");

		const attested = /subject-path: \|\n((?: {12}\S.*\n?)+)/.exec(steps[positions[3]])![1].trim().split(/\s+/);
		expect(attested).toEqual(["main.js", "manifest.json", "styles.css"]);

		const workflow = text(".github/workflows/release.yml");
		for (const permission of ["contents: write", "id-token: write", "attestations: write"]) expect(workflow).toContain(permission);
	});
});

describe("version-bump.mjs", () => {
	/** Copies the three files to a fresh folder, sets package.json's version as `npm version` does, runs the script there. */
	function bump(version: string, edit?: (dir: string) => void) {
		const dir = mkdtempSync(join(tmpdir(), "imagenet-atlas-version-"));
		for (const name of ["manifest.json", "versions.json", "package.json"]) copyFileSync(join(ROOT, name), join(dir, name));
		const pkg = json("package.json", dir);
		writeFileSync(join(dir, "package.json"), JSON.stringify({ ...pkg, version }, null, 4) + "\n");
		edit?.(dir);
		const run = spawnSync(process.execPath, [join(ROOT, "scripts/version-bump.mjs")], { cwd: dir, encoding: "utf8", env: { ...process.env, npm_package_version: version } });
		return { dir, run };
	}

	it("writes the new version to manifest.json and adds it to versions.json, keeping both files' layout", () => {
		const { dir, run } = bump("9.9.9");
		try {
			expect(run.status, run.stderr).toBe(0);
			const manifest = json("manifest.json", dir);
			expect(manifest.version).toBe("9.9.9");
			expect(json("package.json", dir).version).toBe("9.9.9");
			expect(json("versions.json", dir)).toEqual({ ...json("versions.json"), "9.9.9": manifest.minAppVersion });
			// Only the version line of manifest.json changes; versions.json gains one line, same indentation.
			expect(text("manifest.json", dir)).toBe(text("manifest.json").replace(/("version": )"[^"]*"/, '$1"9.9.9"'));
			const versionsText = text("versions.json", dir);
			expect(versionsText.endsWith('"\n}\n')).toBe(true);
			expect(versionsText).toContain(`\n${/\n(\s+)"/.exec(text("versions.json"))![1]}"9.9.9": "${manifest.minAppVersion}"\n`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("refuses when npm's version and package.json's disagree (run in the wrong folder)", () => {
		const { dir, run } = bump("9.9.9", (d) => writeFileSync(join(d, "package.json"), JSON.stringify({ ...json("package.json", d), version: "1.0.0" })));
		try {
			expect(run.status).not.toBe(0);
			expect(run.stderr).toContain("9.9.9");
			expect(json("manifest.json", dir).version).toBe(json("manifest.json").version);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
