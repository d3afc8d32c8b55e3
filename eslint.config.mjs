// Lint with Obsidian's own plugin rules. The sentence-case rule is taught the names of the dataset,
// the challenge and the models, which are proper nouns in our UI ("Open ImageNet timeline").
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

const names = ["ImageNet", "ILSVRC", "AlexNet", "ZFNet", "VGGNet", "VGG", "GoogLeNet", "ResNet", "SENet", "Transformer", "GPT", "BERT", "Karpathy", "SVG", "JSON", "Dataview"];

export default defineConfig([
	{ ignores: ["main.js", "dist/**", "node_modules/**", "tests/**", "scripts/**", "example-vault/**", "*.mjs", "vitest.config.ts"] },
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ["eslint.config.mjs"] },
			},
		},
		rules: {
			"obsidianmd/ui/sentence-case": ["warn", { brands: names, acronyms: ["ILSVRC", "SVG", "JSON", "GPU", "CNN"], enforceCamelCaseLower: false }],
		},
	},
	{
		// The command line runs in Node, never inside Obsidian.
		files: ["src/cli.ts"],
		rules: { "obsidianmd/no-nodejs-modules": "off", "import/no-nodejs-modules": "off" },
	},
]);
