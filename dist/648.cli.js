export const id=648;export const ids=[648];export const modules={
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
}},99562:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
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
148:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
GV:()=>compareBytewise,aZ:()=>sortBytewiseBy,lP:()=>sortBytewise});function compareBytewise(a,b){
const n=Math.min(a.length,b.length);for(let i=0;i<n;i++){const x=a.charCodeAt(i);const y=b.charCodeAt(i)
;if(x===y)continue;if(x<55296&&y<55296)return x-y;return Buffer.compare(Buffer.from(a,"utf8"),Buffer.from(b,"utf8"))}
return a.length-b.length}const SURROGATE=/[\ud800-\udfff]/;function sortBytewise(paths){
if(!paths.some(name=>SURROGATE.test(name)))return[...paths].sort();return[...paths].sort(compareBytewise)}
function sortBytewiseBy(items,key){
if(items.some(item=>SURROGATE.test(key(item))))return items.sort((a,b)=>compareBytewise(key(a),key(b)))
;return items.sort((a,b)=>{const x=key(a);const y=key(b);return x<y?-1:x>y?1:0})}},
42605:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
dj:()=>canonicalJson,QN:()=>digestBytes,G5:()=>digestObject,Bc:()=>isDigest,D_:()=>prettyJson,fg:()=>sha256Hex})
;var external_node_crypto_=__webpack_require__(77598);const quotedNames=new Map;const MAX_CACHED_NAMES=4096
;function quoteName(name){let quoted=quotedNames.get(name);if(quoted===undefined){quoted=JSON.stringify(name)
;if(quotedNames.size<MAX_CACHED_NAMES)quotedNames.set(name,quoted)}return quoted}function serialize(value){
switch(typeof value){case"string":return JSON.stringify(value);case"number":
if(!Number.isFinite(value))throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`)
;return JSON.stringify(value);case"boolean":return value?"true":"false";case"object":{if(value===null)return"null"
;if(Array.isArray(value)){let out="[";for(let i=0;i<value.length;i++){if(i>0)out+=",";out+=serialize(value[i])??"null"}
return out+"]"}const toJSON=value.toJSON;if(typeof toJSON==="function")return serialize(toJSON.call(value))
;const record=value;const names=Object.keys(record).sort();let out="{";let first=true;for(const name of names){
const member=serialize(record[name]);if(member===undefined)continue;if(!first)out+=",";first=false
;out+=quoteName(name)+":"+member}return out+"}"}case"bigint":
throw new TypeError("a BigInt cannot be canonicalized as JSON");default:return undefined}}class NotPlain extends Error{}
const NOT_PLAIN=new NotPlain("not a plain JSON value in JavaScript order");function refuseNumber(value){
throw new TypeError(`${String(value)} cannot be canonicalized as JSON (RFC 8785 §3.2.2.3)`)}function inOrder(value){
if(typeof value!=="object"||value===null){if(typeof value==="number"&&!Number.isFinite(value))refuseNumber(value)
;if(typeof value==="bigint")throw new TypeError("a BigInt cannot be canonicalized as JSON");return value}
if(Array.isArray(value)){let copy;for(let i=0;i<value.length;i++){const item=value[i];const ordered=inOrder(item)
;if(ordered!==item)(copy??=value.slice())[i]=ordered}return copy??value}const proto=Object.getPrototypeOf(value)
;if(proto!==Object.prototype&&proto!==null){throw NOT_PLAIN}const record=value;const names=Object.keys(record)
;let sorted=true;for(let i=0;i<names.length;i++){const name=names[i];const first=name.charCodeAt(0)
;if(first>=48&&first<=57||name==="__proto__"||name==="toJSON")throw NOT_PLAIN;if(i>0&&names[i-1]>name)sorted=false}
if(sorted){let copy;for(const name of names){const member=record[name];const ordered=inOrder(member)
;if(ordered!==member)(copy??={...record})[name]=ordered}return copy??record}names.sort();const copy={}
;for(const name of names)copy[name]=inOrder(record[name]);return copy}function canonicalize(value){let ordered;try{
ordered=inOrder(value)}catch(err){if(err!==NOT_PLAIN)throw err;return serialize(value)}return JSON.stringify(ordered)}
const oneShot=typeof external_node_crypto_.hash==="function"?data=>external_node_crypto_.hash("sha256",data,"hex"):undefined
;function sha256Hex(data){
return oneShot?oneShot(data):external_node_crypto_.createHash("sha256").update(data).digest("hex")}
function digestBytes(data){return`sha256:${sha256Hex(data)}`}function canonicalJson(value){
const text=canonicalize(value);if(text===undefined)throw new TypeError("value cannot be canonicalized as JSON")
;return text}function prettyJson(value){return JSON.stringify(value,null,2)+"\n"}function digestObject(value){
return digestBytes(canonicalJson(value))}function isDigest(value){
return typeof value==="string"&&/^sha256:[0-9a-f]{64}$/.test(value)}},
67383:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
d:()=>removeEmptyFolders,w:()=>makeFolders});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
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
}finally{node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}}}};
