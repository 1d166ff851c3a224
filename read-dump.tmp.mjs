import { parser } from "@lezer/python";
const src = process.argv[2];
const t = parser.parse(src);
let out = ""; let depth = 0;
t.iterate({ enter(n) { out += "  ".repeat(depth) + n.name + (n.node.firstChild ? "" : " " + JSON.stringify(src.slice(n.from, n.to))) + "\n"; depth++; }, leave() { depth--; } });
console.log(out);
