// `npm version <new>` runs this (package.json's "version" script) after it has written the new version
// to package.json and before it commits and tags: manifest.json gets the same version, and versions.json
// an entry from it to manifest.json's minAppVersion, which is how Obsidian knows what each release needs.
// Files are read from the working directory (npm runs scripts in the package's folder) and written back
// with their own indentation and a final newline.
//
//   node scripts/version-bump.mjs [--git-add]
//
// --git-add stages manifest.json and versions.json for the commit `npm version` makes; outside a git
// work tree (a copied folder, `npm version ... --no-git-tag-version` there) there is nothing to stage.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";

const dir = process.cwd();

function read(name) {
	const text = readFileSync(join(dir, name), "utf8");
	// Keep the file's own indentation (the first indented line's), two spaces if it has none.
	const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
	return { json: JSON.parse(text), indent };
}

function write(name, { json, indent }) {
	writeFileSync(join(dir, name), JSON.stringify(json, null, indent) + "\n");
}

function fail(message) {
	console.error(`version-bump: ${message}`);
	process.exit(1);
}

const version = read("package.json").json.version;
const fromNpm = process.env.npm_package_version;
if (typeof version !== "string" || version === "") fail("package.json has no version");
if (fromNpm && fromNpm !== version) fail(`npm says the new version is ${fromNpm}, but package.json in ${dir} says ${version}`);

const manifest = read("manifest.json");
const minAppVersion = manifest.json.minAppVersion;
if (typeof minAppVersion !== "string" || minAppVersion === "") fail("manifest.json has no minAppVersion");
manifest.json.version = version;
write("manifest.json", manifest);

const versions = read("versions.json");
versions.json[version] = minAppVersion;
write("versions.json", versions);

console.log(`version-bump: manifest.json ${version}, versions.json "${version}": "${minAppVersion}"`);

if (process.argv.includes("--git-add")) {
	const inGit = spawnSync("git", ["rev-parse", "--is-inside-work-tree"], { cwd: dir, encoding: "utf8" });
	if (inGit.status === 0 && inGit.stdout.trim() === "true") {
		const add = spawnSync("git", ["add", "manifest.json", "versions.json"], { cwd: dir, stdio: "inherit" });
		if (add.status !== 0) fail("git add manifest.json versions.json failed");
	}
}
