export const id = 513;
export const ids = [513];
export const modules = {

/***/ 80631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZL: () => (/* binding */ GZIP_OS_UNIX),
  jX: () => (/* binding */ packRun),
  ZS: () => (/* binding */ runTar)
});

// UNUSED EXPORTS: bundleName

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./node_modules/tar/dist/esm/index.min.js
var index_min = __webpack_require__(98697);
// EXTERNAL MODULE: ./src/core/hash.ts + 1 modules
var hash = __webpack_require__(42605);
// EXTERNAL MODULE: ./src/bundle/run-tree.ts
var run_tree = __webpack_require__(99562);
;// CONCATENATED MODULE: ./src/bundle/deterministic-tar.ts







/** Modes every entry gets, whatever the umask or chmod on disk: evidence is data, never executable. */
const FILE_MODE = 0o644;
const DIR_MODE = 0o755;
const BLOCK = 512;
// Small files are read whole and batched with their headers: thousands of tiny chunks through the gzip
// stream cost far more than the copying. Larger files stream in READ_CHUNK pieces so memory stays flat.
const SMALL_FILE = 256 * 1024;
const READ_CHUNK = 1024 * 1024;
const BATCH = 1024 * 1024;
const ZEROS = Buffer.alloc(BLOCK * 2);
const NOFOLLOW = external_node_fs_.constants.O_NOFOLLOW ?? 0;
/**
 * The 512-byte header (plus a PAX header when the name is too long or not ASCII) of one entry. Only the
 * fields below are set, so nothing about the machine leaks in: uid/gid 0, no owner names, no atime/ctime.
 * Header and Pax come from the `tar` package so the encoding is the one it reads back.
 */
function entryHeader(name, type, size, mtime) {
    const archivePath = type === 'Directory' ? `${name}/` : name;
    const header = new index_min/* Header */.Y9({
        path: archivePath,
        mode: type === 'Directory' ? DIR_MODE : FILE_MODE,
        uid: 0,
        gid: 0,
        size,
        mtime,
        type,
        uname: '',
        gname: '',
    });
    const needPax = header.encode();
    const block = header.block;
    if (!needPax)
        return block;
    const pax = new index_min/* Pax */.un({ path: archivePath, size: size > 0o77777777777 ? size : undefined });
    return Buffer.concat([pax.encode(), block]);
}
function padding(size) {
    const rest = size % BLOCK;
    return rest === 0 ? ZEROS.subarray(0, 0) : ZEROS.subarray(0, BLOCK - rest);
}
function changed(name, expected) {
    return new errors/* IntegrityError */.cs(`refused ${JSON.stringify(name)}: the file changed while it was being packed (expected ${expected} bytes)`, name);
}
function readSmall(item) {
    const fd = external_node_fs_.openSync(item.abs, external_node_fs_.constants.O_RDONLY | NOFOLLOW);
    try {
        // One byte more than expected, so a file that grew since listing is noticed. A regular file's read
        // returns less than asked only at its end, so a short read needs no second call to find the end.
        const data = Buffer.allocUnsafe(item.size + 1);
        let got = 0;
        for (;;) {
            const asked = data.length - got;
            const n = external_node_fs_.readSync(fd, data, got, asked, null);
            got += n;
            if (n === 0 || n < asked || got === data.length)
                break;
        }
        if (got !== item.size)
            throw changed(item.name, item.size);
        return data.subarray(0, got);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
}
async function* readLarge(item, digest) {
    const content = digest ? (0,external_node_crypto_.createHash)('sha256') : undefined;
    const handle = await external_node_fs_.promises.open(item.abs, external_node_fs_.constants.O_RDONLY | NOFOLLOW);
    try {
        let left = item.size;
        while (left > 0) {
            // A fresh buffer per chunk: the gzip stream still holds the previous one while it compresses.
            const buffer = Buffer.allocUnsafe(Math.min(READ_CHUNK, left));
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
            if (bytesRead === 0)
                throw changed(item.name, item.size);
            left -= bytesRead;
            const chunk = bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
            content?.update(chunk);
            yield chunk;
        }
        const { bytesRead } = await handle.read(Buffer.alloc(1), 0, 1, null);
        if (bytesRead !== 0)
            throw changed(item.name, item.size);
        if (content && digest)
            digest(content.digest('hex'));
    }
    finally {
        await handle.close();
    }
}
/** Every entry of the archive in bytewise path order; a folder always precedes its contents. */
function tarItems(runDir, topName, tree) {
    const items = [{ name: topName, size: 0 }];
    for (const dir of tree.dirs)
        items.push({ name: `${topName}/${dir}`, size: 0 });
    for (const file of tree.files) {
        items.push({
            name: `${topName}/${file.path}`,
            abs: external_node_path_.join(runDir, file.path),
            rel: file.path,
            size: file.size,
        });
    }
    return items.sort((a, b) => (0,run_tree/* compareBytewise */.GV)(a.name, b.name));
}
/**
 * Yields the bytes of an uncompressed POSIX tar of `items`, in order, ending with the two zero blocks.
 * The bytes depend only on names, sizes, contents and `mtime`: the same folder gives the same tar anywhere.
 * `digests`, when given, receives each file's hex SHA-256 (by `rel`) from the very bytes read for the tar.
 */
async function* deterministicTar(items, mtime, digests) {
    let batch = [];
    let batched = 0;
    const add = (chunk) => {
        batch.push(chunk);
        batched += chunk.length;
    };
    const flush = () => {
        const out = batch.length === 1 ? batch[0] : Buffer.concat(batch, batched);
        batch = [];
        batched = 0;
        return out;
    };
    for (const item of items) {
        if (item.abs === undefined) {
            add(entryHeader(item.name, 'Directory', 0, mtime));
        }
        else if (item.size <= SMALL_FILE) {
            const data = readSmall({ ...item, abs: item.abs });
            if (digests && item.rel !== undefined)
                digests.set(item.rel, (0,hash/* sha256Hex */.fg)(data));
            add(entryHeader(item.name, 'File', item.size, mtime));
            add(data);
            add(padding(item.size));
        }
        else {
            add(entryHeader(item.name, 'File', item.size, mtime));
            yield flush();
            const rel = item.rel;
            yield* readLarge({ ...item, abs: item.abs }, digests && rel !== undefined ? (hex) => digests.set(rel, hex) : undefined);
            add(padding(item.size));
        }
        if (batched >= BATCH)
            yield flush();
    }
    add(ZEROS);
    yield flush();
}

// EXTERNAL MODULE: ./src/store/make-folders.ts
var make_folders = __webpack_require__(67383);
// EXTERNAL MODULE: ./src/store/run-folder.ts
var run_folder = __webpack_require__(39089);
;// CONCATENATED MODULE: ./src/bundle/pack.ts











/** RFC 1952 OS byte for "Unix". zlib writes its build platform here (3, 10 on Windows, 19 on macOS). */
const GZIP_OS_UNIX = 3;
/** The run id `input.json` names (a copied or renamed folder is still that run), else the folder's name. */
function runIdOf(runDir) {
    const inputPath = external_node_path_.join(runDir, 'input.json');
    if (!external_node_fs_.existsSync(inputPath))
        return external_node_path_.basename(runDir);
    let runId;
    try {
        runId = JSON.parse(external_node_fs_.readFileSync(inputPath, 'utf8')).run_id;
    }
    catch {
        throw new errors/* InputError */.dz(`${inputPath} is not valid JSON; cannot name the bundle`);
    }
    // It names the bundle file and its top folder: anything but a run id is refused rather than trusted.
    if (typeof runId !== 'string' || !run_folder/* RUN_ID */.UC.test(runId))
        throw new errors/* InputError */.dz(`${inputPath}: run_id must be a run id (run_YYYY-MM-DDTHH-MM-SSZ), found ${JSON.stringify(runId)}`);
    return runId;
}
function readRunFacts(runDir) {
    const facts = { runId: runIdOf(runDir), shortSha: 'nosha', mtime: new Date(0) };
    const metaPath = external_node_path_.join(runDir, 'metadata.json');
    if (!external_node_fs_.existsSync(metaPath))
        return facts;
    let meta;
    try {
        meta = JSON.parse(external_node_fs_.readFileSync(metaPath, 'utf8'));
    }
    catch {
        throw new errors/* InputError */.dz(`${metaPath} is not valid JSON; cannot name or date the bundle`);
    }
    if (typeof meta !== 'object' || meta === null)
        return facts;
    const record = meta;
    if (record.created_at !== undefined) {
        const ms = typeof record.created_at === 'string' ? Date.parse(record.created_at) : NaN;
        if (Number.isNaN(ms)) {
            throw new errors/* InputError */.dz(`${metaPath}: created_at must be an ISO date, found ${JSON.stringify(record.created_at)}`);
        }
        // Whole seconds: tar headers hold seconds, and a fraction would force a PAX header on every entry.
        facts.mtime = new Date(Math.floor(ms / 1000) * 1000);
    }
    const sha = record.git?.sha;
    if (typeof sha === 'string') {
        // The short SHA goes into a file name: anything but hex is refused rather than trusted.
        if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
            throw new errors/* InputError */.dz(`${metaPath}: git.sha must be a hex commit SHA, found ${JSON.stringify(sha)}`);
        }
        facts.shortSha = sha.slice(0, 7).toLowerCase();
    }
    return facts;
}
/** The folder's real path (packing through a symbolic link packs the folder); as given when it does not exist. */
function realFolder(runDir) {
    const abs = external_node_path_.resolve(runDir);
    return external_node_fs_.existsSync(abs) ? external_node_fs_.realpathSync(abs) : abs;
}
function isInside(child, parent) {
    const rel = external_node_path_.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
/**
 * The tar `packRun` writes for a run folder, before gzip: what a bundle of that folder holds, byte for byte.
 * `tree` is the folder's listing when the caller has walked it already.
 */
function runTar(runDir, tree) {
    const absRun = realFolder(runDir);
    return tarOf(absRun, readRunFacts(absRun), tree ?? (0,run_tree/* listRunTree */.sE)(absRun));
}
function tarOf(absRun, facts, tree, digests) {
    return deterministicTar(tarItems(absRun, facts.runId, tree), facts.mtime, digests);
}
/** Bundle file name for a run folder: `awo-<run id>-<short sha>.tar.gz` (DESIGN §6). */
function bundleName(runDir) {
    const facts = readRunFacts(runDir);
    return `awo-${facts.runId}-${facts.shortSha}.tar.gz`;
}
/**
 * Packs a run folder into `outDir/awo-<run id>-<short sha>.tar.gz` with one top folder (the run id).
 * Deterministic: entries sorted bytewise, mtime from `metadata.json`'s `created_at` (else the epoch),
 * uid/gid 0, modes 0644/0755, no owner names, gzip header with mtime 0 and a fixed OS byte. Streams, so
 * memory stays flat; the bundle's SHA-256 and every file's are computed in the same pass. The bundle appears under its name only
 * when complete.
 *
 * @throws IntegrityError naming the path for a symlink, device or FIFO in the folder, or a file that
 *   changes while packing; InputError for a bad `metadata.json` or an output folder inside the run.
 */
async function packRun(runDir, outDir, opts = {}) {
    const absRun = realFolder(runDir);
    const absOut = external_node_path_.resolve(outDir);
    const facts = readRunFacts(absRun);
    if (isInside(absOut, absRun)) {
        throw new errors/* InputError */.dz(`the bundle cannot be written inside the run folder it packs: ${absOut}`);
    }
    // The folder is walked before anything is written: a symlink or device is refused with no partial file.
    const fileDigests = new Map();
    const tar = tarOf(absRun, facts, (0,run_tree/* listRunTree */.sE)(absRun), fileDigests);
    const name = `awo-${facts.runId}-${facts.shortSha}.tar.gz`;
    try {
        (0,make_folders/* makeFolders */.w)(absOut);
    }
    catch (err) {
        throw new errors/* InputError */.dz(`cannot create output folder ${absOut}: ${(0,errors/* messageOf */.bD)(err)}`);
    }
    const finalPath = external_node_path_.join(absOut, name);
    const partial = external_node_path_.join(absOut, `.${name}.${process.pid}.partial`);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    const fixHeaderAndHash = async function* (chunks) {
        for await (const chunk of chunks) {
            // The OS byte is the 10th byte of the stream; zlib's first output chunk always holds the whole
            // 10-byte header, but check rather than assume.
            if (bytes < 10 && bytes + chunk.length > 9)
                chunk[9 - bytes] = GZIP_OS_UNIX;
            bytes += chunk.length;
            hash.update(chunk);
            yield chunk;
        }
    };
    try {
        await (0,promises_.pipeline)(external_node_stream_.Readable.from(tar), 
        // zlib leaves the gzip header's mtime at 0 and its name/comment empty, as determinism needs.
        external_node_zlib_.createGzip({ level: opts.level ?? 6, chunkSize: 256 * 1024 }), fixHeaderAndHash, external_node_fs_.createWriteStream(partial, { mode: 0o644 }));
        external_node_fs_.renameSync(partial, finalPath);
    }
    catch (err) {
        external_node_fs_.rmSync(partial, { force: true });
        throw err;
    }
    return { path: finalPath, name, sha256: `sha256:${hash.digest('hex')}`, bytes, fileDigests };
}


/***/ }),

/***/ 54513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  command: () => (/* binding */ command)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/bundle/manifest.ts
var bundle_manifest = __webpack_require__(9075);
// EXTERNAL MODULE: ./src/bundle/pack.ts + 1 modules
var pack = __webpack_require__(80631);
// EXTERNAL MODULE: ./src/bundle/run-tree.ts
var run_tree = __webpack_require__(99562);
// EXTERNAL MODULE: ./src/bundle/safe-extract.ts + 1 modules
var safe_extract = __webpack_require__(66156);
;// CONCATENATED MODULE: ./src/bundle/verify-bundle.ts









/**
 * Why a bundle is not what `awo pack` makes of the run it holds, if it is not: a gzip header with a name,
 * comment, extra field, time or foreign OS byte, or a tar that differs from the deterministic packing of the
 * extracted files (extra folders, other modes, owners, times or order). Compared before gzip, so another
 * zlib's compression does not matter.
 */
/** `a`, `a/b` for `a/b/c.txt`. */
function ancestors(file) {
    const parts = file.split('/');
    return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}
async function packingProblem(bundlePath, runDir, tarSha256) {
    const header = Buffer.alloc(10);
    const fd = external_node_fs_.openSync(bundlePath, 'r');
    try {
        external_node_fs_.readSync(fd, header, 0, 10, 0);
    }
    finally {
        external_node_fs_.closeSync(fd);
    }
    if (header[3] !== 0 || header.readUInt32LE(4) !== 0 || header[9] !== pack/* GZIP_OS_UNIX */.ZL)
        return `${external_node_path_.basename(bundlePath)}: its gzip header carries a name, comment, extra field, time or OS byte that awo pack never writes`;
    // A run writes files, never an empty folder; one in a bundle was added, and could only mislead a reader.
    const tree = (0,run_tree/* listRunTree */.sE)(runDir);
    const holding = new Set(tree.files.flatMap((file) => ancestors(file.path)));
    const empty = tree.dirs.find((dir) => !holding.has(dir));
    if (empty !== undefined)
        return `${empty}/: an empty folder that no run writes`;
    // The bundle's own tar was hashed while it was extracted; only the re-packing is computed here.
    const expected = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,pack/* runTar */.ZS)(runDir, tree))
        expected.update(chunk);
    if (tarSha256 !== expected.digest('hex'))
        return `${external_node_path_.basename(bundlePath)}: its tar is not the deterministic packing of the run it holds (an entry added, or a mode, owner, time or order changed after awo pack)`;
    return undefined;
}
/**
 * Verifies a bundle: its digest when one is given, then safe extraction into a temp folder, then
 * `SHA256SUMS.txt`, then everything `verifyFolder` checks on the run folder, then that the bundle is the
 * one `awo pack` makes of that run (top folder, tar bytes, gzip header). Refused or mismatching
 * evidence gives `{ ok: false, where, message }`; bad arguments and a missing bundle throw.
 * The temp folder is always removed. Works on bundles of paused runs as on finished ones.
 */
async function verifyBundle(bundlePath, opts) {
    const tmp = external_node_fs_.mkdtempSync(external_node_path_.join(opts.tmpDir ?? external_node_os_.tmpdir(), 'awo-verify-'));
    try {
        let runDir;
        let sha256;
        let tarSha256;
        let digests;
        try {
            ({ runDir, sha256, tarSha256, digests } = await (0,safe_extract/* unpackBundle */.zq)(bundlePath, tmp, {
                expectedSha256: opts.expectedSha256,
                maxBytes: opts.maxBytes,
                maxEntries: opts.maxEntries,
            }));
        }
        catch (err) {
            if (err instanceof errors/* IntegrityError */.cs)
                return { ok: false, where: err.where, message: err.message };
            throw err;
        }
        const runId = external_node_path_.basename(runDir);
        const manifest = (0,bundle_manifest/* checkManifest */.K7)(runDir, digests);
        if (!manifest.ok)
            return { ok: false, where: manifest.where, message: manifest.message, runId, sha256 };
        const folder = opts.verifyFolder(runDir, digests);
        if (!folder.ok)
            return { ok: false, where: folder.where, message: folder.message, runId, sha256 };
        if (folder.runId && folder.runId !== runId)
            return {
                ok: false,
                where: runId,
                message: `${runId}: the bundle's top folder is not the run it holds (input.json names ${folder.runId})`,
                runId,
                sha256,
            };
        // Bundles are packed at a stop; one whose run does not end sealed at a stop was changed after packing.
        if (folder.sealed === false)
            return {
                ok: false,
                where: 'audit/log.jsonl',
                message: 'audit/log.jsonl: the run does not end at a sealed stop, and every bundle is packed at one',
                runId,
                sha256,
            };
        const packing = await packingProblem(bundlePath, runDir, tarSha256);
        if (packing)
            return { ok: false, where: external_node_path_.basename(bundlePath), message: packing, runId, sha256 };
        return {
            ok: true,
            runId,
            sha256,
            status: folder.status,
            workflowHash: folder.workflowHash,
            notes: folder.notes,
        };
    }
    finally {
        external_node_fs_.rmSync(tmp, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/store/run-service.ts + 2 modules
var run_service = __webpack_require__(46116);
// EXTERNAL MODULE: ./src/cli/options.ts + 9 modules
var options = __webpack_require__(97562);
;// CONCATENATED MODULE: ./src/cli/commands/verify.ts





const usage = `usage: awo verify <run folder | bundle.tar.gz> [--sha256 sha256:<hex>]

Recomputes the lock, the audit hash chain, every receipt, the workflow receipt and SHA256SUMS.txt.
Exit 0 when everything matches; 1 naming the first file or line that does not.`;
const command = {
    name: 'verify',
    summary: 'verify a run folder or an evidence bundle',
    usage,
    async run(args, io) {
        const { values, positionals } = (0,options/* parse */.qg)(args, { sha256: { type: 'string' } }, usage);
        if (values.help)
            return (io.out(usage), 0);
        const target = (0,options/* onePositional */.PN)(positionals, 'run folder or bundle', usage);
        let report;
        if (external_node_fs_.existsSync(target) && external_node_fs_.statSync(target).isFile()) {
            if (!/\.(tar\.gz|tgz)$/.test(target))
                throw new errors/* InputError */.dz(`${target} is a file but not a bundle (.tar.gz): give a run folder or an evidence bundle\n${usage}`);
            report = await verifyBundle(target, {
                expectedSha256: values.sha256,
                verifyFolder: (dir, known) => (0,run_service/* verifyFolder */.Mh)(dir, known),
            });
        }
        else {
            if (values.sha256)
                throw new errors/* InputError */.dz('--sha256 applies to a bundle file, not a run folder');
            report = (0,run_service/* verifyFolder */.Mh)(target);
        }
        for (const note of report.notes ?? [])
            io.err(`note: ${note}`);
        if (!report.ok) {
            io.err(`verification FAILED: ${report.message ?? 'unknown mismatch'}`);
            return 1;
        }
        io.out(`verified: ${target}${report.status ? ` (${report.status})` : ''}${report.workflowHash ? ` workflow_hash ${report.workflowHash}` : ''}`);
        return 0;
    },
};


/***/ })

};
