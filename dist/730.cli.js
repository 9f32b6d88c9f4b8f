export const id=730;export const ids=[730];export const modules={
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
