export const id=927;export const ids=[927];export const modules={
99562:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Et:()=>hasControlChar,GV:()=>compareBytewise,lP:()=>sortBytewise,sE:()=>listRunTree,ty:()=>listRunFiles})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296);function compareBytewise(a,b){
return Buffer.compare(Buffer.from(a,"utf8"),Buffer.from(b,"utf8"))}function sortBytewise(paths){return paths.map(p=>({
p:p,b:Buffer.from(p,"utf8")})).sort((x,y)=>Buffer.compare(x.b,y.b)).map(x=>x.p)}function hasControlChar(name){
for(let i=0;i<name.length;i++){const c=name.charCodeAt(i);if(c<32||c===127)return true}return false}
function kindOf(entry){if(entry.isSymbolicLink())return"a symbolic link";if(entry.isFIFO())return"a FIFO"
;if(entry.isCharacterDevice())return"a character device";if(entry.isBlockDevice())return"a block device"
;if(entry.isSocket())return"a socket";return"not a regular file or folder"}function listRunTree(runDir){
return walkRunTree(runDir,true)}function listRunFiles(runDir){return walkRunTree(runDir,false).files.map(f=>f.path)}
function walkRunTree(runDir,withSizes){let top;try{top=node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(runDir)}catch{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`run folder not found: ${runDir}`)}
if(!top.isDirectory())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`not a run folder (not a directory): ${runDir}`)
;const files=[];const dirs=[];const pending=[""];while(pending.length>0){const rel=pending.pop()
;const abs=rel===""?runDir:node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,rel)
;for(const entry of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(abs,{withFileTypes:true})){
const childRel=rel===""?entry.name:`${rel}/${entry.name}`;if(hasControlChar(entry.name)){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: file names with control characters cannot be listed in SHA256SUMS.txt`,childRel)
}if(entry.isDirectory()){dirs.push(childRel);pending.push(childRel)}else if(entry.isFile()){files.push({path:childRel,
size:withSizes?node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(abs,entry.name)).size:0
})}else{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: it is ${kindOf(entry)}; a run folder may hold only regular files and folders`,childRel)
}}}const order=new Map(sortBytewise(files.map(f=>f.path)).map((p,i)=>[p,i]))
;files.sort((a,b)=>order.get(a.path)-order.get(b.path));return{files:files,dirs:sortBytewise(dirs)}}},
66156:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
fS:()=>DEFAULT_MAX_BYTES,DC:()=>hashFile,zq:()=>unpackBundle});var external_node_fs_=__webpack_require__(73024)
;var external_node_path_=__webpack_require__(76760);var external_node_zlib_=__webpack_require__(38522)
;var external_node_crypto_=__webpack_require__(77598);var external_node_events_=__webpack_require__(78474)
;var external_node_stream_=__webpack_require__(57075);var promises_=__webpack_require__(46466)
;var index_min=__webpack_require__(98697);var run_tree=__webpack_require__(99562);const BLOCK=512
;const META_TYPES=new Set(["ExtendedHeader","OldExtendedHeader","GlobalExtendedHeader","NextFileHasLongPath","OldGnuLongPath","NextFileHasLongLinkpath"])
;const MAX_META=1024*1024;class TarEndTracker{eofAt;broken=false;pos=0;skip=0;zeroBlocks=0;header=Buffer.alloc(0);meta
;ex;gex;push(chunk){if(this.broken)return true;let off=0;while(off<chunk.length){if(this.eofAt!==undefined){
for(let i=off;i<chunk.length;i++)if(chunk[i]!==0)return false;break}if(this.skip>0){
const n=Math.min(this.skip,chunk.length-off)
;if(this.meta&&this.meta.collected<this.meta.size&&this.meta.size<=MAX_META){
const want=Math.min(n,this.meta.size-this.meta.collected);this.meta.parts.push(chunk.subarray(off,off+want))
;this.meta.collected+=want}this.skip-=n;off+=n;this.pos+=n;if(this.skip===0&&this.meta)this.endMeta();continue}
const n=Math.min(BLOCK-this.header.length,chunk.length-off)
;this.header=Buffer.concat([this.header,chunk.subarray(off,off+n)]);off+=n;this.pos+=n;if(this.header.length===BLOCK){
try{this.onHeader(this.header)}catch{this.broken=true;return true}this.header=Buffer.alloc(0)}}return true}
onHeader(block){if(block.every(b=>b===0)){this.zeroBlocks+=1;if(this.zeroBlocks===2)this.eofAt=this.pos;return}
this.zeroBlocks=0;const header=new index_min.Y9(block,0,this.ex,this.gex);const size=header.size??0
;this.skip=BLOCK*Math.ceil(size/BLOCK);if(META_TYPES.has(header.type)){this.meta={type:header.type,size:size,parts:[],
collected:0};if(this.skip===0)this.endMeta()}else{this.ex=undefined}}endMeta(){const meta=this.meta;this.meta=undefined
;if(!meta||meta.size>MAX_META)return;const text=Buffer.concat(meta.parts).toString("utf8")
;if(meta.type==="GlobalExtendedHeader")this.gex=index_min.un.parse(text,this.gex,true);else if(meta.type==="ExtendedHeader"||meta.type==="OldExtendedHeader")this.ex=index_min.un.parse(text,this.ex)
}}var errors=__webpack_require__(74296);var make_folders=__webpack_require__(67383)
;var read_input_file=__webpack_require__(10047);const DEFAULT_MAX_BYTES=4*1024**3;const DEFAULT_MAX_ENTRIES=2e5
;const HEX=/^[0-9a-f]{64}$/;function parseSha256(value){
const hex=(value.startsWith("sha256:")?value.slice(7):value).trim().toLowerCase()
;if(!HEX.test(hex))throw new errors.dz(`expected a SHA-256 as sha256:<64 hex> or <64 hex>, found "${value}"`);return hex
}async function hashFile(file){const hash=(0,external_node_crypto_.createHash)("sha256")
;for await(const chunk of external_node_fs_.createReadStream(file,{highWaterMark:1<<20}))hash.update(chunk)
;return hash.digest("hex")}function refuse(name,why){
return new errors.cs(`refused entry ${JSON.stringify(name)}: ${why}`,name)}function bundleProblem(bundlePath,why){
return new errors.cs(`refused bundle ${bundlePath}: ${why}`,bundlePath)}const TYPE_PROBLEMS={
SymbolicLink:"it is a symbolic link; links are not allowed in a bundle",
Link:"it is a hard link; links are not allowed in a bundle",
CharacterDevice:"it is a character device; only files and folders are allowed",
BlockDevice:"it is a block device; only files and folders are allowed",
FIFO:"it is a FIFO; only files and folders are allowed"};function entryParts(name,isDir){if((0,
run_tree.Et)(name))return"the path contains a control character"
;if(name.includes("\\"))return"the path contains a backslash (a path separator on Windows)"
;if(name.startsWith("/")||/^[A-Za-z]:/.test(name))return"absolute paths are not allowed"
;const trimmed=isDir&&name.endsWith("/")?name.slice(0,-1):name;const parts=trimmed.split("/")
;if(parts.includes(".."))return"path escapes the bundle's top folder"
;if(parts.some(p=>p===""||p==="."))return'the path has an empty or "." component';return parts}
async function extractInto(bundlePath,tmp,limits){const controller=new AbortController;let failure;const fail=err=>{
if(failure)return;failure=err;controller.abort(err)};const hash=(0,external_node_crypto_.createHash)("sha256")
;const tarHash=(0,external_node_crypto_.createHash)("sha256");const digests=new Map;let inBytes=0
;let tail=Buffer.alloc(0);let outBytes=0;let crc=0;let sawEof=false;const end=new TarEndTracker;let top;let current
;let entries=0;let declared=0;const kinds=new Map;const writes=[];const parser=new index_min.iX({strict:true,zstd:false,
brotli:false});parser.on("error",err=>{const why=err.message.replace(/^TAR_[A-Z_]+: /,"")
;const at=current===undefined?"its start":`entry ${JSON.stringify(current)}`
;fail(bundleProblem(bundlePath,`the tar stream is invalid at ${at}: ${why}`))});parser.on("ignoredEntry",entry=>{
fail(refuse(entry.path,`unsupported entry type "${entry.type}"`))});parser.on("eof",()=>{sawEof=true})
;parser.on("entry",entry=>{if(failure){entry.resume();return}try{writes.push(onEntry(entry))}catch(err){entry.resume()
;fail(err)}});function onEntry(entry){const name=entry.path;current=name
;if(sawEof)throw refuse(name,"it comes after the end-of-archive marker");entries+=1;if(entries>limits.maxEntries){
throw refuse(name,`the bundle has more than ${limits.maxEntries} entries (the set limit)`)}
const isDir=entry.type==="Directory";const parts=entryParts(name,isDir)
;if(typeof parts==="string")throw refuse(name,parts);if(!isDir&&entry.type!=="File"&&entry.type!=="OldFile"){
throw refuse(name,TYPE_PROBLEMS[entry.type]??`unsupported entry type "${entry.type}"`)}if(top===undefined)top=parts[0]
;if(parts[0]!==top)throw refuse(name,`it is outside the single top folder "${top}"`)
;if(parts.length===1&&!isDir)throw refuse(name,"a file at the top level; a bundle holds one top folder")
;declared+=entry.size;if(declared>limits.maxBytes){
throw refuse(name,`the bundle expands beyond the limit of ${limits.maxBytes} bytes (decompression bomb?)`)}
const rel=parts.join("/");if(kinds.has(rel))throw refuse(name,"duplicate entry: this path appears twice in the bundle")
;for(let i=1;i<parts.length;i++){const parent=parts.slice(0,i).join("/")
;if(kinds.get(parent)==="file")throw refuse(name,`its parent "${parent}" is a file`);kinds.set(parent,"dir")}
kinds.set(rel,isDir?"dir":"file");const dest=external_node_path_.join(tmp,...parts);if(isDir){(0,
make_folders.w)(dest,493);entry.resume();return Promise.resolve()}
(0,make_folders.w)(external_node_path_.dirname(dest),493);const out=external_node_fs_.createWriteStream(dest,{
flags:"wx",mode:420});const content=(0,external_node_crypto_.createHash)("sha256")
;const tap=new external_node_stream_.Transform({transform(chunk,_encoding,done){content.update(chunk);done(null,chunk)},
flush(done){digests.set(parts.slice(1).join("/"),content.digest("hex"));done()}});entry.pipe(tap).pipe(out)
;return new Promise(resolve=>{out.on("close",resolve);out.on("error",err=>{entry.resume()
;fail(refuse(name,err.code==="EEXIST"?"duplicate entry (names collide on this disk)":(0,errors.bD)(err)));resolve()})})}
const readBundle=async function*(chunks){for await(const chunk of chunks){
if(inBytes===0&&(chunk.length<3||chunk[0]!==31||chunk[1]!==139||chunk[2]!==8)){
throw bundleProblem(bundlePath,"not a gzip file (a bundle is the .tar.gz that awo pack writes)")}inBytes+=chunk.length
;hash.update(chunk);tail=Buffer.concat([tail,chunk.subarray(Math.max(0,chunk.length-8))]).subarray(-8);yield chunk}}
;const feedParser=async chunks=>{for await(const chunk of chunks){if(outBytes===0&&chunk[0]===31&&chunk[1]===139){
throw bundleProblem(bundlePath,"the tar stream is itself compressed (a .tar.gz inside a .gz)")}outBytes+=chunk.length
;crc=external_node_zlib_.crc32(chunk,crc);tarHash.update(chunk);if(outBytes>limits.maxBytes){
const after=current===undefined?"":` (reading past entry ${JSON.stringify(current)})`
;throw bundleProblem(bundlePath,`the bundle expands beyond the limit of ${limits.maxBytes} bytes${after}: decompression bomb?`)
}if(!end.push(chunk))throw bundleProblem(bundlePath,"data follows the end-of-archive marker")
;if(!parser.write(chunk))await(0,external_node_events_.once)(parser,"drain",{signal:controller.signal})
;if(failure)throw failure}const ended=(0,external_node_events_.once)(parser,"end",{signal:controller.signal})
;parser.end();await ended};try{await(0,promises_.pipeline)(external_node_fs_.createReadStream(bundlePath,{
highWaterMark:1<<20}),readBundle,external_node_zlib_.createGunzip({chunkSize:256*1024}),feedParser,{
signal:controller.signal});await Promise.all(writes)}catch(err){if(failure)throw failure
;if(err instanceof errors._)throw err;if(err.name==="AbortError"){
throw bundleProblem(bundlePath,"data follows the gzip stream (the gzip member ends before the file does)")}
const code=err.code;if(code==="Z_BUF_ERROR")throw bundleProblem(bundlePath,"the gzip stream is truncated")
;if(code==="Z_DATA_ERROR"){throw bundleProblem(bundlePath,`the gzip stream is corrupt or has data after its end (${(0,
errors.bD)(err)})`)}throw err}if(failure)throw failure
;if(tail.length<8||tail.readUInt32LE(0)!==crc>>>0||tail.readUInt32LE(4)!==outBytes%2**32){
throw bundleProblem(bundlePath,"data follows the gzip stream (trailing garbage or a second gzip member)")}
if(top===undefined)throw bundleProblem(bundlePath,"the bundle holds no entries")
;if(!sawEof||end.eofAt===undefined)throw bundleProblem(bundlePath,"the tar stream has no end-of-archive marker (truncated?)")
;return{top:top,hex:hash.digest("hex"),tarHex:tarHash.digest("hex"),digests:digests}}
async function unpackBundle(bundlePath,targetDir,opts={}){const limits={maxBytes:opts.maxBytes??DEFAULT_MAX_BYTES,
maxEntries:opts.maxEntries??DEFAULT_MAX_ENTRIES}
;const expected=opts.expectedSha256===undefined?undefined:parseSha256(opts.expectedSha256)
;if(!external_node_fs_.existsSync(bundlePath))throw new errors.m_(`bundle not found: ${bundlePath}`)
;external_node_fs_.closeSync((0,read_input_file.Hd)(bundlePath,"bundle",{maxBytes:read_input_file.Me}).fd)
;if(expected!==undefined){const found=await hashFile(bundlePath);if(found!==expected){
throw new errors.cs(`bundle digest mismatch for ${bundlePath}: expected sha256:${expected}, found sha256:${found}; nothing was extracted`,bundlePath)
}}const absTarget=external_node_path_.resolve(targetDir);const createdTarget=!external_node_fs_.existsSync(absTarget)
;try{(0,make_folders.w)(absTarget)}catch(err){throw new errors.dz(`cannot unpack into ${absTarget}: ${(0,
errors.bD)(err)}`)}const tmp=external_node_fs_.mkdtempSync(external_node_path_.join(absTarget,".awo-unpack-"));try{
const{top:top,hex:hex,tarHex:tarHex,digests:digests}=await extractInto(bundlePath,tmp,limits)
;if(expected!==undefined&&hex!==expected){
throw new errors.cs(`bundle ${bundlePath} changed while it was being extracted`,bundlePath)}
const runDir=external_node_path_.join(absTarget,top)
;if(external_node_fs_.existsSync(runDir))throw new errors.dz(`${runDir} already exists; unpack into another folder`)
;external_node_fs_.renameSync(external_node_path_.join(tmp,top),runDir);external_node_fs_.rmSync(tmp,{recursive:true,
force:true});return{runDir:runDir,sha256:`sha256:${hex}`,tarSha256:tarHex,digests:digests}}catch(err){
external_node_fs_.rmSync(tmp,{recursive:true,force:true});if(createdTarget)external_node_fs_.rmSync(absTarget,{
recursive:true,force:true});throw err}}},93927:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{command:()=>command})
;var node_path__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296)
;var _bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(66156)
;const usage=`Usage: awo unpack <bundle.tar.gz> [dir] [--sha256 <expected>] [--max-bytes <n>]\n\nSafely extracts an evidence bundle into [dir] (default: the current folder) as <dir>/<run id>/.\nRefuses absolute paths, "..", links, devices, duplicate entries, entries outside the one top folder\nand output beyond --max-bytes (default ${_bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.fS}); on refusal nothing is left behind.\nPrints the run folder's path, then the bundle's sha256:<hex> digest.\n\n  --sha256 <expected>  check the bundle's digest before reading anything inside it\n  --max-bytes <n>      refuse bundles that expand beyond n bytes`
;const command={name:"unpack",summary:"Safely extract an evidence bundle (.tar.gz) into a folder",usage:usage,
async run(args,io){const positional=[];let expectedSha256;let maxBytes;for(let i=0;i<args.length;i++){const arg=args[i]
;if(arg==="--help"||arg==="-h")return io.out(usage),0
;const[flag,inline]=arg.startsWith("--")&&arg.includes("=")?arg.split(/=(.*)/s,2):[arg,undefined]
;if(flag==="--sha256"||flag==="--max-bytes"){const value=inline??args[++i]
;if(value===undefined)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`${flag} needs a value\n\n${usage}`)
;if(flag==="--sha256")expectedSha256=value;else{maxBytes=Number(value);if(!Number.isSafeInteger(maxBytes)||maxBytes<=0){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`--max-bytes must be a positive whole number, found "${value}"`)
}}}else if(arg.startsWith("-")){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`unknown option ${arg}\n\n${usage}`)}else{positional.push(arg)
}}if(positional.length===0)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`missing the bundle\n\n${usage}`)
;if(positional.length>2)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`too many arguments\n\n${usage}`)
;const[bundle,dir="."]=positional
;const result=await(0,_bundle_safe_extract_js__WEBPACK_IMPORTED_MODULE_2__.zq)(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd,bundle),node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(io.cwd,dir),{
expectedSha256:expectedSha256,maxBytes:maxBytes});io.out(result.runDir);io.out(result.sha256);return 0}}},
67383:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
w:()=>makeFolders});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;function makeFolders(dir,mode){const target=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target,{mode:mode});return}catch(err){const code=err.code
;if(code==="EEXIST"){if(node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory())return;throw err}
if(code!=="ENOENT"||node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target)===target)throw err}
makeFolders(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target),mode);try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target,{mode:mode})}catch(err){
if(err.code!=="EEXIST"||!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory())throw err}}},
10047:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Hd:()=>openInputFile,Me:()=>MAX_BUNDLE_BYTES,Qc:()=>MAX_RUN_FILE_BYTES,jH:()=>readInputFile})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296);const MAX_INPUT_FILE_BYTES=16*1024*1024
;const MAX_BUNDLE_BYTES=4*1024*1024*1024;const MAX_RUN_FILE_BYTES=1024*1024*1024
;const NONBLOCK=node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK??0;function kindOf(stat){
if(stat.isDirectory())return"a folder";if(stat.isFIFO())return"a named pipe (FIFO)"
;if(stat.isCharacterDevice()||stat.isBlockDevice())return"a device";if(stat.isSocket())return"a socket"
;return"not a regular file"}
function openInputFile(file,what,{maxBytes:maxBytes=MAX_INPUT_FILE_BYTES,via:via="",shownAs:shownAs=file}={}){
const refuse=why=>new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`cannot read ${what} ${shownAs}${via}: ${why}`)
;let fd;try{
fd=node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file,node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY|NONBLOCK)
}catch(err){const code=err.code
;throw refuse(code==="ENOENT"?"no such file":code==="EISDIR"?"it is a folder":err.message)}try{
const stat=node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd)
;if(!stat.isFile())throw refuse(`it is ${kindOf(stat)}; give a regular file`)
;if(stat.size>maxBytes)throw refuse(`it is ${stat.size} bytes; at most ${maxBytes} are accepted`);return{fd:fd,
size:stat.size}}catch(err){node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);throw err}}
function readInputFile(file,what,options={}){const{fd:fd,size:size}=openInputFile(file,what,options)
;const refuse=why=>new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`cannot read ${what} ${options.shownAs??file}${options.via??""}: ${why}`)
;try{const buffer=Buffer.alloc(size+1);let got=0
;for(let n=-1;n!==0&&got<buffer.length;got+=n)n=node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd,buffer,got,buffer.length-got,null)
;if(got>size)throw refuse("it grew while it was read; give a file that is not being written")
;return new Uint8Array(buffer.buffer,buffer.byteOffset,got)}catch(err){
if(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz)throw err;throw refuse(err.message)}finally{
node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}}}};
