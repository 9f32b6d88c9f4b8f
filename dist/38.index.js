export const id=38;export const ids=[38];export const modules={
52264:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
W:()=>folderSink});var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var node_crypto__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(77598)
;var node_crypto__WEBPACK_IMPORTED_MODULE_2___default=__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__)
;var node_stream__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(57075)
;var node_stream__WEBPACK_IMPORTED_MODULE_3___default=__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(74296)
;var _core_hash_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(42605)
;var _store_make_folders_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(67383)
;var _entry_sink_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(47198);const WHOLE_FILE_BYTES=64*1024*1024
;function createNew(dest,name){try{return node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(dest,"wx",420)}catch(err){
const code=err.code
;throw(0,_entry_sink_js__WEBPACK_IMPORTED_MODULE_7__.n)(name,code==="EEXIST"?"duplicate entry (names collide on this disk)":(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err))}}function folderSink(tmp,wholeFileBytes=WHOLE_FILE_BYTES){
const open=new Set;const made=new Set;const makeFolder=(dir,parts)=>{if(made.has(dir))return;try{(0,
_store_make_folders_js__WEBPACK_IMPORTED_MODULE_6__.w)(dir,493)}catch(err){const code=err.code;throw(0,
_entry_sink_js__WEBPACK_IMPORTED_MODULE_7__.n)(parts.join("/"),`its folder cannot be made: ${code??(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err)}`)}made.add(dir)};const fileAt=parts=>{
const dest=node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmp,...parts)
;makeFolder(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(dest),parts);return dest};return{folder(parts){
makeFolder(node_path__WEBPACK_IMPORTED_MODULE_1__.join(tmp,...parts),parts)},fits:size=>size<=wholeFileBytes,
bytes(parts,data){const name=parts.join("/");const fd=createNew(fileAt(parts),name);try{
node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(fd,data)}catch(err){
throw(0,_entry_sink_js__WEBPACK_IMPORTED_MODULE_7__.n)(name,(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err))
}finally{node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}
return(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.fg)(data)},file(parts,entry){const dest=fileAt(parts)
;const out=node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream(dest,{fd:createNew(dest,entry.path)});open.add(out)
;const content=(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256")
;const tap=new node_stream__WEBPACK_IMPORTED_MODULE_3__.Transform({transform(chunk,_encoding,done){content.update(chunk)
;done(null,chunk)}});entry.pipe(tap).pipe(out);return new Promise((resolve,reject)=>{out.on("close",()=>{
open.delete(out);resolve(content.digest("hex"))});out.on("error",err=>{entry.resume();reject((0,
_entry_sink_js__WEBPACK_IMPORTED_MODULE_7__.n)(entry.path,(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err)))})})
},async settle(){await Promise.all([...open].map(out=>{
const closed=new Promise(resolve=>out.once("close",()=>resolve()));out.destroy();return closed}))}}}},
48038:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
KK:()=>checkBeforeReading,uc:()=>extractPlainFirst,DC:()=>hashFile,zq:()=>unpackBundle})
;var external_node_fs_=__webpack_require__(73024);var external_node_path_=__webpack_require__(76760)
;var external_node_zlib_=__webpack_require__(38522);var external_node_crypto_=__webpack_require__(77598)
;var external_node_events_=__webpack_require__(78474);var external_node_stream_=__webpack_require__(57075)
;var promises_=__webpack_require__(46466);var index_min=__webpack_require__(98697)
;var entry_admission=__webpack_require__(54868);var entry_sink=__webpack_require__(47198)
;var folder_sink=__webpack_require__(52264);var external_node_buffer_=__webpack_require__(4573)
;var ustar_fields=__webpack_require__(77937);const BLOCK=512;const ZERO_BLOCK=Buffer.alloc(BLOCK)
;const KNOWN_TYPES=new Set(["0","\0","1","2","3","4","5","6","x","L"]);const PAX_KEYS=new Set(["path","size"])
;const META_TYPES=new Set(["ExtendedHeader","OldExtendedHeader","GlobalExtendedHeader","NextFileHasLongPath","OldGnuLongPath","NextFileHasLongLinkpath"])
;const MAX_META=1024*1024;class HeaderBlocks{pending=Buffer.alloc(0);get partial(){return this.pending.length>0}
take(chunk,off){const used=Math.min(BLOCK-this.pending.length,chunk.length-off)
;if(this.pending.length===0&&used===BLOCK)return{block:chunk.subarray(off,off+used),used:used}
;this.pending=Buffer.concat([this.pending,chunk.subarray(off,off+used)]);if(this.pending.length<BLOCK)return{
block:undefined,used:used};const block=this.pending;this.pending=Buffer.alloc(0);return{block:block,used:used}}}
class TarEndTracker{eofAt;refusal;broken=false;pos=0;skip=0;zeroBlocks=0;headers=new HeaderBlocks;meta;ex;extended=false
;gex;push(chunk){if(this.broken)return true;let off=0;while(off<chunk.length){if(this.eofAt!==undefined){
for(let i=off;i<chunk.length;i++)if(chunk[i]!==0)return false;break}if(this.skip>0){
const n=Math.min(this.skip,chunk.length-off)
;if(this.meta&&this.meta.collected<this.meta.size&&this.meta.size<=MAX_META){
const want=Math.min(n,this.meta.size-this.meta.collected);this.meta.parts.push(chunk.subarray(off,off+want))
;this.meta.collected+=want}this.skip-=n;off+=n;this.pos+=n;if(this.skip===0&&this.meta)this.endMeta();continue}
const{block:block,used:used}=this.headers.take(chunk,off);off+=used;this.pos+=used;if(block){try{this.onHeader(block)
}catch{this.broken=true;return true}}}return true}onHeader(block){if(block.equals(ZERO_BLOCK)){this.zeroBlocks+=1
;if(this.zeroBlocks===2)this.eofAt=this.pos;return}const loneZero=this.zeroBlocks===1;this.zeroBlocks=0
;const header=new index_min.Y9(block,0,this.ex,this.gex);const name=header.path??""
;const paxSize=this.ex?.size??this.gex?.size
;if(loneZero)this.refuse(name,"a lone zero block comes before it (some tar readers stop there)");const fields=(0,
ustar_fields.mB)(block);if(fields)this.refuse(name,fields);if(this.ex?.path===undefined&&(!(0,
external_node_buffer_.isUtf8)(field(block,0,100))||!(0,
external_node_buffer_.isUtf8)(field(block,345,155))))this.refuse(name,NOT_UTF8_NAME)
;const flag=String.fromCharCode(block[156])
;if(!KNOWN_TYPES.has(flag))this.refuse(name,`unsupported entry type "${header.type??flag}" (awo pack never writes it)`)
;const declared=(0,ustar_fields.Wo)(block,124,12)??0
;if(header.type==="Directory"&&(declared!==0||paxSize!==undefined&&paxSize!==0))this.refuse(name,"a folder entry that declares data (read as more entries by some tar readers)")
;const size=header.size??0;this.skip=BLOCK*Math.ceil(size/BLOCK);if(META_TYPES.has(header.type)){
if(this.extended)this.refuse(name,"a second extended header for one entry (tar readers do not combine them alike)")
;this.extended=true;this.meta={type:header.type,size:size,parts:[],collected:0};if(this.skip===0)this.endMeta()}else{
this.ex=undefined;this.extended=false}}refuse(name,why){this.refusal??={name:name,why:why}}endMeta(){
const meta=this.meta;this.meta=undefined;if(!meta||meta.size>MAX_META)return;const data=Buffer.concat(meta.parts)
;const text=data.toString("utf8");const longName=meta.type==="NextFileHasLongPath"||meta.type==="OldGnuLongPath"
;if(meta.parts.length>1&&meta.parts.map(part=>part.toString("utf8")).join("")!==text)this.refuse(longName?"././@LongLink":"PaxHeader","an extended header that tar readers decode differently (a character split across reads)")
;if(longName){
if(meta.size===0)return this.refuse("././@LongLink","an empty long name (tar readers name the next entry differently)")
;if(!(0,external_node_buffer_.isUtf8)(field(data,0,data.length)))this.refuse("././@LongLink",NOT_UTF8_NAME)
;this.ex??=Object.create(null);this.ex.path=text.replace(/\0.*/,"")
}else if(meta.type==="GlobalExtendedHeader")this.gex=index_min.un.parse(text,this.gex,true);else if(meta.type==="ExtendedHeader"||meta.type==="OldExtendedHeader"){
this.ex=index_min.un.parse(text,this.ex);const problem=paxProblem(data)
;if(problem)this.refuse(problem.name??this.ex.path??"PaxHeader",problem.why)}}}
const NOT_UTF8_NAME="a name that is not valid UTF-8 (tar readers decode it differently)"
;function field(bytes,from,length){const end=bytes.indexOf(0,from)
;return bytes.subarray(from,end===-1||end>from+length?from+length:end)}function paxProblem(data){const problem=why=>({
why:why});const seen=new Set;let at=0;while(at<data.length){const space=data.indexOf(32,at)
;const digits=space<0?"":data.toString("latin1",at,space);const length=/^[1-9][0-9]{0,7}$/.test(digits)?Number(digits):0
;const end=at+length
;if(length===0||end>data.length||data[end-1]!==10)return problem("a PAX header whose record lengths do not add up")
;if(!(0,
external_node_buffer_.isUtf8)(data.subarray(space+1,end-1)))return problem("a PAX record that is not valid UTF-8")
;const record=data.toString("utf8",space+1,end-1);const equals=record.indexOf("=");const key=record.slice(0,equals)
;if(record.includes("\n"))return problem("a PAX record with a line feed inside its value")
;if(equals<=0)return problem("a PAX record that is not key=value");if(record.includes("\0"))return{
why:"a NUL byte inside its PAX record (the tar package cuts the name there; a name holds none)",...key==="path"?{
name:record.slice(equals+1)}:{}}
;if(!PAX_KEYS.has(key)||seen.has(key))return problem(`a PAX header with key ${JSON.stringify(key)} (awo pack writes only path and size, once each)`)
;if(key==="size"&&!/^[0-9]{1,15}$/.test(record.slice(equals+1)))return problem("a PAX size that is not a plain decimal number")
;seen.add(key);at=end}return undefined}const ustar_walk_BLOCK=512
;const ustar_walk_ZERO_BLOCK=Buffer.alloc(ustar_walk_BLOCK);class NotPlainUstar extends Error{}
function plainHeader(block){const flag=block[156];if(flag!==48&&flag!==53)throw new NotPlainUstar("entry type")
;if(!block.subarray(257,265).equals(ustar_fields.C4))throw new NotPlainUstar("magic");const sum=(0,
ustar_fields.n2)(block)
;if((0,ustar_fields.Wo)(block,148,7)!==sum||block[155]!==0&&block[155]!==32)throw new NotPlainUstar("checksum")
;for(const[from,length]of ustar_fields.EX)if(!(0,
ustar_fields.ku)(block,from,length))throw new NotPlainUstar("numeric field");if(!(0,ustar_fields.I)(block,157,257)||!(0,
ustar_fields.I)(block,345,500))throw new NotPlainUstar("link or prefix");let end=0;while(end<100&&block[end]!==0){
if(block[end]<32||block[end]>126)throw new NotPlainUstar("name");end++}if(end===0||!(0,
ustar_fields.I)(block,end,100))throw new NotPlainUstar("name");const size=(0,ustar_fields.Wo)(block,124,12)
;if(size===undefined)throw new NotPlainUstar("size");const type=flag===53?"Directory":"File"
;if(type==="Directory"&&size!==0)throw new NotPlainUstar("folder with data");return{name:block.toString("latin1",0,end),
type:type,size:size}}class UstarWalker{onEntry;skeleton;eof=false;headers=new HeaderBlocks;zeroBlocks=0;file;skip=0
;constructor(onEntry,skeleton){this.onEntry=onEntry;this.skeleton=skeleton}push(chunk){let off=0
;while(off<chunk.length){if(this.eof){this.skeleton?.update(chunk.subarray(off));return(0,
ustar_fields.I)(chunk,off,chunk.length)}if(this.file){const{data:data}=this.file
;const n=chunk.copy(data,this.file.got,off,Math.min(chunk.length,off+data.length-this.file.got));this.file.got+=n;off+=n
;if(this.file.got===data.length){const{take:take}=this.file;this.file=undefined;take(data)
;this.skip=(ustar_walk_BLOCK-data.length%ustar_walk_BLOCK)%ustar_walk_BLOCK}continue}if(this.skip>0){
const n=Math.min(this.skip,chunk.length-off);this.skeleton?.update(chunk.subarray(off,off+n));this.skip-=n;off+=n
;continue}const{block:block,used:used}=this.headers.take(chunk,off);off+=used;if(!block)continue;this.onBlock(block)}
return true}end(){if(!this.eof||this.file||this.headers.partial)throw new NotPlainUstar("truncated")}onBlock(block){
this.skeleton?.update(block);if(block.equals(ustar_walk_ZERO_BLOCK)){this.zeroBlocks+=1
;if(this.zeroBlocks===2)this.eof=true;return}if(this.zeroBlocks>0)throw new NotPlainUstar("a lone zero block")
;const entry=plainHeader(block);const take=this.onEntry(entry);if(entry.type==="File"&&take){
if(entry.size===0)take(Buffer.alloc(0));else this.file={data:Buffer.allocUnsafe(entry.size),got:0,take:take}}}}
const MAX_GZIP_HEADER=128*1024;const FHCRC=2;const FEXTRA=4;const FNAME=8;const FCOMMENT=16;const FRESERVED=224
;class GzipHeaderProblem extends Error{}function gzipHeaderLength(bytes){if(bytes.length<10)return undefined
;const flags=bytes[3];if(flags&FRESERVED)throw new GzipHeaderProblem("its gzip header sets reserved flags");let at=10
;if(flags&FEXTRA)at=bytes.length<12?Infinity:12+bytes.readUInt16LE(10);for(const flag of[FNAME,FCOMMENT]){
if(!(flags&flag)||at===Infinity)continue;const end=bytes.indexOf(0,at);at=end===-1?Infinity:end+1}if(flags&FHCRC)at+=2
;if(flags&FHCRC&&at<=bytes.length&&external_node_zlib_.crc32(bytes.subarray(0,at-2))%65536!==bytes.readUInt16LE(at-2))throw new GzipHeaderProblem("its gzip header CRC does not match the header")
;if(at<=bytes.length)return at
;if(bytes.length>MAX_GZIP_HEADER)throw new GzipHeaderProblem(`its gzip header runs past ${MAX_GZIP_HEADER} bytes`)
;return undefined}async function*inflateMember(chunks,inflate){let ended=false;inflate.once("end",()=>ended=true)
;const room=()=>new Promise(resolve=>{const events=["drain","end","error","close"];const done=()=>{
for(const event of events)inflate.off(event,done);resolve()};if(ended||inflate.destroyed)return resolve()
;for(const event of events)inflate.on(event,done)});const writing=(async()=>{for await(const chunk of chunks){
if(ended)continue;if(!inflate.write(chunk))await room()}inflate.end()})();writing.catch(err=>inflate.destroy(err))
;for await(const out of inflate)yield out;await writing}var errors=__webpack_require__(74296)
;var make_folders=__webpack_require__(67383);var interrupt_cleanup=__webpack_require__(18007)
;var read_input_file=__webpack_require__(10047);const DEFAULT_MAX_BYTES=4*1024**3;const DEFAULT_MAX_ENTRIES=2e5
;const HEX=/^[0-9a-f]{64}$/;function parseSha256(value){
const hex=(value.startsWith("sha256:")?value.slice(7):value).trim().toLowerCase()
;if(!HEX.test(hex))throw new errors.dz(`expected a SHA-256 as sha256:<64 hex> or <64 hex>, found "${value}"`);return hex
}async function hashFile(file){const hash=(0,external_node_crypto_.createHash)("sha256")
;for await(const chunk of external_node_fs_.createReadStream(file,{highWaterMark:1<<20}))hash.update(chunk)
;return hash.digest("hex")}function bundleProblem(bundlePath,why){
return new errors.cs(`refused bundle ${bundlePath}: ${why}`,bundlePath)}
const labelOf=(source,label)=>typeof source==="string"?source:label??"bundle"
;async function extractInto(source,sink,limits,label,plain=true){try{
return await readEntries(source,sink,limits,label,plain)}catch(err){await(sink.settle?.());throw err}}
async function extractPlainFirst(source,sinkFor,limits,label){try{
return await extractInto(source,sinkFor("plain"),limits,label)}catch(err){if(!(err instanceof NotPlainUstar))throw err}
return extractInto(source,sinkFor("tar"),limits,label,false)}async function readEntries(source,sink,limits,label,plain){
const bundlePath=labelOf(source,label);const controller=new AbortController;let failure;const fail=err=>{
if(failure)return;failure=err;controller.abort(err)};const hash=(0,external_node_crypto_.createHash)("sha256")
;const tarHash=(0,external_node_crypto_.createHash)("sha256");const digests=new Map;let inBytes=0;let gzipHeader
;let head=Buffer.alloc(0);let headLength=0;const inflate=external_node_zlib_.createInflateRaw({chunkSize:256*1024})
;let tail=Buffer.alloc(0);let outBytes=0;let crc=0;const end=new TarEndTracker
;const admission=new entry_admission.CY(limits);const writes=[];const take=plain?sink.bytes?.bind(sink):undefined
;const walker=take&&new UstarWalker(entry=>{const parts=admission.admit(entry.name,entry.type,entry.size)
;if(entry.type==="Directory")return void sink.folder(parts)
;if(sink.fits?.(entry.size)===false)throw new NotPlainUstar("over the memory budget");return data=>{
const hex=take(parts,data);if(hex===undefined)throw new NotPlainUstar("over the memory budget")
;digests.set(parts.slice(1).join("/"),hex)}},tarHash);const parser=new index_min.iX({strict:true,zstd:false,brotli:false
});parser.on("error",err=>{const why=err.message.replace(/^TAR_[A-Z_]+: /,"");const{current:current}=admission
;const at=current===undefined?"its start":`entry ${(0,entry_sink.H)(current)}`
;fail(bundleProblem(bundlePath,`the tar stream is invalid at ${at}: ${why}`))});parser.on("ignoredEntry",entry=>{
fail((0,entry_sink.n)(entry.path,`unsupported entry type "${entry.type}"`))});parser.on("eof",()=>{admission.ended=true
});parser.on("entry",entry=>{if(failure){entry.resume();return}try{writes.push(onEntry(entry))}catch(err){entry.resume()
;fail(err)}});function onEntry(entry){const isDir=entry.type==="Directory"
;const parts=admission.admit(entry.path,entry.type,entry.size);if(isDir){sink.folder(parts);entry.resume()
;return Promise.resolve()}
return sink.file(parts,entry).then(hex=>void digests.set(parts.slice(1).join("/"),hex),err=>fail(err))}
const readBundle=async function*(chunks){for await(const chunk of chunks){
if(inBytes===0&&(chunk.length<3||chunk[0]!==31||chunk[1]!==139||chunk[2]!==8)){
throw bundleProblem(bundlePath,"not a gzip file (a bundle is the .tar.gz that awo pack writes)")}inBytes+=chunk.length
;hash.update(chunk);tail=Buffer.concat([tail,chunk.subarray(Math.max(0,chunk.length-8))]).subarray(-8)
;if(head===undefined){yield chunk;continue}head=Buffer.concat([head,chunk]);let length;try{length=gzipHeaderLength(head)
}catch(err){if(err instanceof GzipHeaderProblem)throw bundleProblem(bundlePath,err.message);throw err}
if(length===undefined)continue;headLength=length;gzipHeader=Buffer.from(head.subarray(0,10))
;const body=head.subarray(length);head=undefined;if(body.length>0)yield body}};const feedParser=async chunks=>{
for await(const chunk of chunks){if(outBytes===0&&chunk[0]===31&&chunk[1]===139){
throw bundleProblem(bundlePath,"the tar stream is itself compressed (a .tar.gz inside a .gz)")}outBytes+=chunk.length
;crc=external_node_zlib_.crc32(chunk,crc);if(!walker)tarHash.update(chunk);if(outBytes>limits.maxBytes){
const{current:current}=admission;const after=current===undefined?"":` (reading past entry ${(0,entry_sink.H)(current)})`
;throw bundleProblem(bundlePath,`the bundle expands beyond the limit of ${limits.maxBytes} bytes${after}: decompression bomb?`)
}if(!(walker??end).push(chunk))throw bundleProblem(bundlePath,"data follows the end-of-archive marker")
;if(walker)continue;if(end.refusal)throw(0,entry_sink.n)(end.refusal.name,end.refusal.why)
;const toParser=end.eofAt===undefined?chunk:chunk.subarray(0,Math.max(0,end.eofAt-(outBytes-chunk.length)))
;if(toParser.length>0&&!parser.write(toParser))await(0,external_node_events_.once)(parser,"drain",{
signal:controller.signal});if(failure)throw failure}if(walker){walker.end();admission.ended=true;return}const ended=(0,
external_node_events_.once)(parser,"end",{signal:controller.signal});parser.end();await ended};try{await(0,
promises_.pipeline)(typeof source==="string"?external_node_fs_.createReadStream(source,{highWaterMark:1<<20
}):external_node_stream_.Readable.from([Buffer.from(source.buffer,source.byteOffset,source.byteLength)]),readBundle,body=>inflateMember(body,inflate),feedParser,{
signal:controller.signal});await Promise.all(writes)}catch(err){if(failure)throw failure
;if(err instanceof errors._||err instanceof NotPlainUstar)throw err;const code=err.code
;if(code==="Z_BUF_ERROR")throw bundleProblem(bundlePath,"the gzip stream is truncated");if(code==="Z_DATA_ERROR"){
throw bundleProblem(bundlePath,`the gzip stream is corrupt or has data after its end (${(0,errors.bD)(err)})`)}throw err
}if(failure)throw failure;if(gzipHeader===undefined)throw bundleProblem(bundlePath,"the gzip stream is truncated")
;if(inBytes!==headLength+inflate.bytesWritten+8||tail.length<8||tail.readUInt32LE(0)!==crc>>>0||tail.readUInt32LE(4)!==outBytes%2**32){
throw bundleProblem(bundlePath,"data follows the gzip stream (trailing garbage or a second gzip member)")}
const{top:top}=admission;if(top===undefined)throw bundleProblem(bundlePath,"the bundle holds no entries")
;if(!admission.ended||!walker&&end.eofAt===undefined)throw bundleProblem(bundlePath,"the tar stream has no end-of-archive marker (truncated?)")
;const tar={of:walker?"skeleton":"tar",hex:tarHash.digest("hex")};return{top:top,hex:hash.digest("hex"),tar:tar,
digests:digests,gzipHeader:gzipHeader}}async function checkBeforeReading(source,opts,label){const limits={
maxBytes:opts.maxBytes??DEFAULT_MAX_BYTES,maxEntries:opts.maxEntries??DEFAULT_MAX_ENTRIES}
;const expected=opts.expectedSha256===undefined?undefined:parseSha256(opts.expectedSha256);if(typeof source==="string"){
if(!external_node_fs_.existsSync(source))throw new errors.m_(`bundle not found: ${source}`)
;external_node_fs_.closeSync((0,read_input_file.Hd)(source,"bundle",{maxBytes:read_input_file.Me}).fd)}
if(expected!==undefined){const found=typeof source==="string"?await hashFile(source):(0,
external_node_crypto_.createHash)("sha256").update(source).digest("hex");if(found!==expected){
const name=labelOf(source,label)
;throw new errors.cs(`bundle digest mismatch for ${name}: expected sha256:${expected}, found sha256:${found}; nothing was extracted`,name)
}}return{limits:limits,expected:expected}}async function unpackBundle(bundlePath,targetDir,opts={}){
const{limits:limits,expected:expected}=await checkBeforeReading(bundlePath,opts)
;const absTarget=external_node_path_.resolve(targetDir);const created=[]
;for(let dir=absTarget;!external_node_fs_.existsSync(dir)&&external_node_path_.dirname(dir)!==dir;dir=external_node_path_.dirname(dir))created.push(dir)
;try{(0,make_folders.w)(absTarget)}catch(err){throw new errors.dz(`cannot unpack into ${absTarget}: ${(0,
errors.bD)(err)}`)}const tmp=external_node_fs_.mkdtempSync(external_node_path_.join(absTarget,".awo-unpack-"))
;const removeAll=()=>{external_node_fs_.rmSync(tmp,{recursive:true,force:true})
;if(created.length>0)external_node_fs_.rmSync(absTarget,{recursive:true,force:true});(0,
make_folders.d)(created.slice(1))};const release=(0,interrupt_cleanup.n)(removeAll);try{const sinkFor=reading=>{
if(reading==="tar"){external_node_fs_.rmSync(tmp,{recursive:true,force:true});external_node_fs_.mkdirSync(tmp,{mode:448
})}return(0,folder_sink.W)(tmp)}
;const{top:top,hex:hex,digests:digests}=await extractPlainFirst(bundlePath,sinkFor,limits)
;if(expected!==undefined&&hex!==expected){
throw new errors.cs(`bundle ${bundlePath} changed while it was being extracted`,bundlePath)}
const runDir=external_node_path_.join(absTarget,top);if(external_node_fs_.lstatSync(runDir,{throwIfNoEntry:false
}))throw new errors.dz(`${runDir} already exists; unpack into another folder`)
;external_node_fs_.renameSync(external_node_path_.join(tmp,top),runDir);external_node_fs_.rmSync(tmp,{recursive:true,
force:true});return{runDir:runDir,sha256:`sha256:${hex}`,digests:digests}}catch(err){removeAll();throw err}finally{
release()}}},18007:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{n:()=>onInterrupt});const EXIT_CODES={SIGINT:130,SIGTERM:143}
;const SIGNALS=Object.keys(EXIT_CODES);const pending=new Set;function interrupted(signal){
for(const cleanup of[...pending]){try{cleanup()}catch{}}pending.clear();process.exit(EXIT_CODES[signal])}
function onInterrupt(cleanup){if(pending.size===0)for(const signal of SIGNALS)process.on(signal,interrupted)
;pending.add(cleanup);return()=>{if(!pending.delete(cleanup)||pending.size>0)return
;for(const signal of SIGNALS)process.off(signal,interrupted)}}}};
