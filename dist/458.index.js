export const id=458;export const ids=[458];export const modules={
10117:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
n:()=>ArtifactError});var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;class ArtifactError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__._{constructor(message){
super("ARTIFACT",message,1)}}},18089:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{fv:()=>downloadBundle,jZ:()=>getArtifact,sd:()=>uploadBundle,
wn:()=>listArtifacts});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _actions_core__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(91659)
;var _actions_artifact__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(91252)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(74296)
;var _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(10117)
;var _store_make_folders_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(67383);function explain(what,name,err){
const message=(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err);if(/\(409\)/.test(message)){
return new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`${what} ${name} failed: an artifact with this name already exists in this workflow run (409 Conflict). `+"Each job, stage and attempt uploads under its own name, so this means two steps uploaded byte-identical evidence under one job id; "+`give them different runs-dir values or job ids. Service said: ${message}`)
}if(/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(message)){
return new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`${what} ${name} failed: the artifact service is not available to this step (${message}); run the action as a step of a GitHub Actions job`)
}
return new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`${what} ${name} failed: ${message}. The artifact service may be unavailable; re-run the job to retry`)
}async function uploadBundle(file,retentionDays){const client=new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9
;const name=node_path__WEBPACK_IMPORTED_MODULE_1__.basename(file);let result;try{
result=await client.uploadArtifact(name,[file],node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file),{skipArchive:true,
...retentionDays>0?{retentionDays:retentionDays}:{}})}catch(err){throw explain("uploading artifact",name,err)}
if(result.id===undefined||result.digest===undefined){
throw new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`uploading artifact ${name}: the service did not return an artifact id and digest`)
}return{id:result.id,digest:`sha256:${result.digest.replace(/^sha256:/,"")}`,size:result.size??0}}
async function listArtifacts(find={}){try{
return(await(new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9).listArtifacts(find)).artifacts}catch(err){
throw explain("listing artifacts of","this workflow run",err)}}async function getArtifact(name,find={}){try{
return(await(new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9).getArtifact(name,find)).artifact}catch(err){
if(/not found/i.test((0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err))){
throw new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`no artifact named ${name} in this workflow run; artifact-name must be the artifact-name output of the job that uploaded the bundle, in the same workflow run`)
}throw explain("finding artifact",name,err)}}async function downloadBundle(artifact,tempRoot,find={}){(0,
_store_make_folders_js__WEBPACK_IMPORTED_MODULE_6__.w)(tempRoot)
;const dir=node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tempRoot,"awo-download-"))
;try{await(new _actions_artifact__WEBPACK_IMPORTED_MODULE_3__.t9).downloadArtifact(artifact.id,{path:dir,
skipDecompress:true,...find})}catch(err){throw explain("downloading artifact",artifact.name,err)}
const files=node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir);if(files.length!==1){
throw new _artifact_error_js__WEBPACK_IMPORTED_MODULE_5__.n(`downloading artifact ${artifact.name} gave ${files.length} files (${files.join(", ")}); a bundle artifact holds exactly one .tar.gz`)
}const file=node_path__WEBPACK_IMPORTED_MODULE_1__.join(dir,files[0])
;_actions_core__WEBPACK_IMPORTED_MODULE_2__.pq(`Downloaded artifact ${artifact.name} (id ${artifact.id}) to ${file}`)
;return file}},80631:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{ZL:()=>GZIP_OS_UNIX,jX:()=>packRun,ZS:()=>runTar})
;var external_node_fs_=__webpack_require__(73024);var external_node_path_=__webpack_require__(76760)
;var external_node_zlib_=__webpack_require__(38522);var external_node_crypto_=__webpack_require__(77598)
;var external_node_stream_=__webpack_require__(57075);var promises_=__webpack_require__(46466)
;var errors=__webpack_require__(74296);var index_min=__webpack_require__(98697);var hash=__webpack_require__(42605)
;var run_tree=__webpack_require__(99562);const FILE_MODE=420;const DIR_MODE=493;const BLOCK=512
;const SMALL_FILE=256*1024;const READ_CHUNK=1024*1024;const BATCH=1024*1024;const ZEROS=Buffer.alloc(BLOCK*2)
;const NOFOLLOW=external_node_fs_.constants.O_NOFOLLOW??0;function entryHeader(name,type,size,mtime){
const archivePath=type==="Directory"?`${name}/`:name;const header=new index_min.Y9({path:archivePath,
mode:type==="Directory"?DIR_MODE:FILE_MODE,uid:0,gid:0,size:size,mtime:mtime,type:type,uname:"",gname:""})
;const needPax=header.encode();const block=header.block;if(!needPax)return block;const pax=new index_min.un({
path:archivePath,size:size>8589934591?size:undefined});return Buffer.concat([pax.encode(),block])}
function padding(size){const rest=size%BLOCK;return rest===0?ZEROS.subarray(0,0):ZEROS.subarray(0,BLOCK-rest)}
function changed(name,expected){
return new errors.cs(`refused ${JSON.stringify(name)}: the file changed while it was being packed (expected ${expected} bytes)`,name)
}function readSmall(item){const fd=external_node_fs_.openSync(item.abs,external_node_fs_.constants.O_RDONLY|NOFOLLOW)
;try{const data=Buffer.allocUnsafe(item.size+1);let got=0;for(;;){const asked=data.length-got
;const n=external_node_fs_.readSync(fd,data,got,asked,null);got+=n;if(n===0||n<asked||got===data.length)break}
if(got!==item.size)throw changed(item.name,item.size);return data.subarray(0,got)}finally{
external_node_fs_.closeSync(fd)}}async function*readLarge(item,digest){const content=digest?(0,
external_node_crypto_.createHash)("sha256"):undefined
;const handle=await external_node_fs_.promises.open(item.abs,external_node_fs_.constants.O_RDONLY|NOFOLLOW);try{
let left=item.size;while(left>0){const buffer=Buffer.allocUnsafe(Math.min(READ_CHUNK,left))
;const{bytesRead:bytesRead}=await handle.read(buffer,0,buffer.length,null)
;if(bytesRead===0)throw changed(item.name,item.size);left-=bytesRead
;const chunk=bytesRead===buffer.length?buffer:buffer.subarray(0,bytesRead);content?.update(chunk);yield chunk}
const{bytesRead:bytesRead}=await handle.read(Buffer.alloc(1),0,1,null)
;if(bytesRead!==0)throw changed(item.name,item.size);if(content&&digest)digest(content.digest("hex"))}finally{
await handle.close()}}function tarItems(runDir,topName,tree){const items=[{name:topName,size:0}]
;for(const dir of tree.dirs)items.push({name:`${topName}/${dir}`,size:0});for(const file of tree.files){items.push({
name:`${topName}/${file.path}`,abs:external_node_path_.join(runDir,file.path),rel:file.path,size:file.size})}
return items.sort((a,b)=>(0,run_tree.GV)(a.name,b.name))}async function*deterministicTar(items,mtime,digests){
let batch=[];let batched=0;const add=chunk=>{batch.push(chunk);batched+=chunk.length};const flush=()=>{
const out=batch.length===1?batch[0]:Buffer.concat(batch,batched);batch=[];batched=0;return out}
;for(const item of items){if(item.abs===undefined){add(entryHeader(item.name,"Directory",0,mtime))
}else if(item.size<=SMALL_FILE){const data=readSmall({...item,abs:item.abs})
;if(digests&&item.rel!==undefined)digests.set(item.rel,(0,hash.fg)(data))
;add(entryHeader(item.name,"File",item.size,mtime));add(data);add(padding(item.size))}else{
add(entryHeader(item.name,"File",item.size,mtime));yield flush();const rel=item.rel;yield*readLarge({...item,
abs:item.abs},digests&&rel!==undefined?hex=>digests.set(rel,hex):undefined);add(padding(item.size))}
if(batched>=BATCH)yield flush()}add(ZEROS);yield flush()}var make_folders=__webpack_require__(67383)
;var run_folder=__webpack_require__(39089);var read_input_file=__webpack_require__(10047);const GZIP_OS_UNIX=3
;const readRunText=file=>Buffer.from((0,read_input_file.jH)(file,"run file",{maxBytes:read_input_file.Qc
})).toString("utf8");function runIdOf(runDir){const inputPath=external_node_path_.join(runDir,"input.json")
;if(!external_node_fs_.existsSync(inputPath))return external_node_path_.basename(runDir);let runId;try{
runId=JSON.parse(readRunText(inputPath)).run_id}catch(err){if(err instanceof errors.dz)throw err
;throw new errors.dz(`${inputPath} is not valid JSON; cannot name the bundle`)}
if(typeof runId!=="string"||!run_folder.UC.test(runId))throw new errors.dz(`${inputPath}: run_id must be a run id (run_YYYY-MM-DDTHH-MM-SSZ), found ${JSON.stringify(runId)}`)
;return runId}function readRunFacts(runDir){const facts={runId:runIdOf(runDir),shortSha:"nosha",mtime:new Date(0)}
;const metaPath=external_node_path_.join(runDir,"metadata.json");if(!external_node_fs_.existsSync(metaPath))return facts
;let meta;try{meta=JSON.parse(readRunText(metaPath))}catch(err){if(err instanceof errors.dz)throw err
;throw new errors.dz(`${metaPath} is not valid JSON; cannot name or date the bundle`)}
if(typeof meta!=="object"||meta===null)return facts;const record=meta;if(record.created_at!==undefined){
const ms=typeof record.created_at==="string"?Date.parse(record.created_at):NaN;if(Number.isNaN(ms)){
throw new errors.dz(`${metaPath}: created_at must be an ISO date, found ${JSON.stringify(record.created_at)}`)}
facts.mtime=new Date(Math.floor(ms/1e3)*1e3)}const sha=record.git?.sha;if(typeof sha==="string"){
if(!/^[0-9a-fA-F]{7,64}$/.test(sha)){
throw new errors.dz(`${metaPath}: git.sha must be a hex commit SHA, found ${JSON.stringify(sha)}`)}
facts.shortSha=sha.slice(0,7).toLowerCase()}return facts}function realFolder(runDir){
const abs=external_node_path_.resolve(runDir)
;return external_node_fs_.existsSync(abs)?external_node_fs_.realpathSync(abs):abs}function isInside(child,parent){
const rel=external_node_path_.relative(parent,child)
;return rel===""||!rel.startsWith("..")&&!external_node_path_.isAbsolute(rel)}function runTar(runDir,tree){
const absRun=realFolder(runDir);return tarOf(absRun,readRunFacts(absRun),tree??(0,run_tree.sE)(absRun))}
function tarOf(absRun,facts,tree,digests){return deterministicTar(tarItems(absRun,facts.runId,tree),facts.mtime,digests)
}function bundleName(runDir){const facts=readRunFacts(runDir);return`awo-${facts.runId}-${facts.shortSha}.tar.gz`}
async function packRun(runDir,outDir,opts={}){const absRun=realFolder(runDir)
;const absOut=external_node_path_.resolve(outDir);const facts=readRunFacts(absRun);if(isInside(absOut,absRun)){
throw new errors.dz(`the bundle cannot be written inside the run folder it packs: ${absOut}`)}const fileDigests=new Map
;const tar=tarOf(absRun,facts,(0,run_tree.sE)(absRun),fileDigests)
;const name=`awo-${facts.runId}-${facts.shortSha}.tar.gz`;try{(0,make_folders.w)(absOut)}catch(err){
throw new errors.dz(`cannot create output folder ${absOut}: ${(0,errors.bD)(err)}`)}
const finalPath=external_node_path_.join(absOut,name)
;const partial=external_node_path_.join(absOut,`.${name}.${process.pid}.partial`);const hash=(0,
external_node_crypto_.createHash)("sha256");let bytes=0;const fixHeaderAndHash=async function*(chunks){
for await(const chunk of chunks){if(bytes<10&&bytes+chunk.length>9)chunk[9-bytes]=GZIP_OS_UNIX;bytes+=chunk.length
;hash.update(chunk);yield chunk}};try{
await(0,promises_.pipeline)(external_node_stream_.Readable.from(tar),external_node_zlib_.createGzip({
level:opts.level??6,chunkSize:256*1024}),fixHeaderAndHash,external_node_fs_.createWriteStream(partial,{mode:420}))
;external_node_fs_.renameSync(partial,finalPath)}catch(err){external_node_fs_.rmSync(partial,{force:true});throw err}
return{path:finalPath,name:name,sha256:`sha256:${hash.digest("hex")}`,bytes:bytes,fileDigests:fileDigests}}},
66156:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
DC:()=>hashFile,zq:()=>unpackBundle});var external_node_fs_=__webpack_require__(73024)
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
recursive:true,force:true});throw err}}}};
